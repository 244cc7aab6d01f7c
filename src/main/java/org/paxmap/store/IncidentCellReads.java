package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;
import org.paxmap.model.Layer;

/**
 * Reads the incident cell cache ({@link IncidentCellTable}): whether a level is fresh, and the cells of a fresh level
 * that meet a lon/lat box — one range scan of the cache's primary key, with the one incident of each single cell
 * joined in (its symbol and id, for the marker drawn in place of a disc and for picking). Stateless; callers hold
 * the lock of the connection whose statements they pass.
 */
final class IncidentCellReads {
    private static final String FRESH = "SELECT (SELECT n FROM paxmap_incident_changes)"
            + " = (SELECT built_at FROM paxmap_incident_cell_levels WHERE q = ?)";
    private static final String CELLS =
            "SELECT c.cx, c.cy, c.n, c.sx, c.sy, c.max_level, c.minx, c.miny, c.maxx, c.maxy,"
                    + " t.fid, t.geom, t.incident_type, " + Levels.ordinalSql("t.severity") + ", t.title, t.uuid"
                    + " FROM paxmap_incident_cells c LEFT JOIN incidents t ON c.n = 1 AND t.fid = c.fid"
                    + " WHERE c.q = ? AND c.cx BETWEEN ? AND ? AND c.cy BETWEEN ? AND ?";

    private IncidentCellReads() {}

    /** Whether quarter zoom {@code q} was built at the current change count. */
    static boolean fresh(StatementCache statements, int q) throws SQLException {
        PreparedStatement ps = statements.get(FRESH);
        ps.setInt(1, q);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** The cells of quarter zoom {@code q} that meet {@code box} (lon/lat), read as they stand. */
    static IncidentCells cells(StatementCache statements, int q, Envelope box) throws SQLException {
        double s = IncidentCell.scale(q);
        PreparedStatement ps = statements.get(CELLS);
        ps.setInt(1, q);
        ps.setLong(2, IncidentCell.cellOf(WebMercator.x(box.getMinX(), 0) * s));
        ps.setLong(3, IncidentCell.cellOf(WebMercator.x(box.getMaxX(), 0) * s));
        ps.setLong(4, IncidentCell.cellOf(WebMercator.y(box.getMaxY(), 0) * s));
        ps.setLong(5, IncidentCell.cellOf(WebMercator.y(box.getMinY(), 0) * s));
        List<IncidentCell> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int n = rs.getInt(3);
                byte[] geom = rs.getBytes(12);
                MapFeature single = n == 1 && geom != null
                        ? new MapFeature(
                                Layer.INCIDENTS,
                                rs.getLong(11),
                                GeoPackageGeometry.decode(geom),
                                rs.getString(13),
                                rs.getInt(14),
                                rs.getString(15),
                                UuidText.parse(rs.getBytes(16)))
                        : null;
                out.add(new IncidentCell(
                        rs.getLong(1),
                        rs.getLong(2),
                        n,
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getInt(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getDouble(9),
                        rs.getDouble(10),
                        single));
            }
        }
        return new IncidentCells(q, out);
    }
}
