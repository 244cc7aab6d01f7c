package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The SQL functions the GeoPackage R*Tree triggers call: {@code ST_IsEmpty}, {@code ST_MinX}, {@code ST_MaxX},
 * {@code ST_MinY}, {@code ST_MaxY}. They read only the GeoPackage header envelope (or a point's WKB coordinates),
 * never the whole geometry, so that bulk inserts stay fast. Register them on every connection that writes features.
 */
final class SpatialFunctions {
    private SpatialFunctions() {}

    /** Registers the five functions on {@code connection} (deterministic, one argument each). */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, "ST_IsEmpty", new IsEmpty(), 1, Function.FLAG_DETERMINISTIC);
        String[] names = {"ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"};
        for (int i = 0; i < names.length; i++) {
            Function.create(connection, names[i], new Bound(i), 1, Function.FLAG_DETERMINISTIC);
        }
    }

    private static final class IsEmpty extends Function {
        @Override
        protected void xFunc() throws SQLException {
            byte[] blob = value_blob(0);
            if (blob == null) {
                result();
            } else {
                result(GeoPackageGeometry.isEmpty(blob) ? 1 : 0);
            }
        }
    }

    private static final class Bound extends Function {
        private final int which;

        Bound(int which) {
            this.which = which;
        }

        @Override
        protected void xFunc() throws SQLException {
            byte[] blob = value_blob(0);
            if (blob == null || GeoPackageGeometry.isEmpty(blob)) {
                result();
            } else {
                result(GeoPackageGeometry.bound(blob, which));
            }
        }
    }
}
