package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.SyncMeta;

/** The {@code routes} feature table. Stateless and thread-safe. */
final class RouteTable extends FeatureTable<PatrolRoute> {
    RouteTable() {
        super(Layer.ROUTES);
    }

    @Override
    List<String> ownColumns() {
        return List.of(
                "name TEXT NOT NULL",
                "unit TEXT NOT NULL",
                "planned_start DATETIME NOT NULL",
                "planned_end DATETIME NOT NULL",
                "status TEXT NOT NULL");
    }

    @Override
    List<String> indexSql() {
        return List.of("CREATE INDEX routes_planned_start ON routes (planned_start)");
    }

    @Override
    int bindOwn(PreparedStatement ps, int i, PatrolRoute f) throws SQLException {
        ps.setString(i++, f.name());
        ps.setString(i++, f.unit());
        setInstant(ps, i++, f.plannedStart());
        setInstant(ps, i++, f.plannedEnd());
        ps.setString(i++, f.status().code());
        return i;
    }

    @Override
    PatrolRoute readOwn(ResultSet rs, int i, UUID id, Geometry geometry, ReleaseLabel label, SyncMeta sync)
            throws SQLException {
        return new PatrolRoute(
                id,
                rs.getString(i),
                rs.getString(i + 1),
                (LineString) geometry,
                getInstant(rs, i + 2),
                getInstant(rs, i + 3),
                RouteStatus.parse(rs.getString(i + 4)),
                label,
                sync);
    }

    @Override
    Geometry emptyGeometry() {
        return Wgs84.FACTORY.createLineString();
    }

    @Override
    String orderColumn() {
        return "t.planned_start";
    }

    @Override
    void timeCondition(StringBuilder sql, List<Object> params, Instant from, Instant to) {
        window(sql, params, from, to, "t.planned_end >= ?", "t.planned_start < ?");
    }

    @Override
    List<String> timeColumns() {
        return List.of("t.planned_start", "t.planned_end", "NULL");
    }

    @Override
    String kindColumn() {
        return "status";
    }

    @Override
    String levelColumn() {
        return null;
    }

    @Override
    String searchNameColumn() {
        return "name";
    }

    @Override
    String searchDescriptionColumn() {
        return "unit";
    }

    @Override
    String searchDescription(PatrolRoute feature) {
        return feature.unit();
    }
}
