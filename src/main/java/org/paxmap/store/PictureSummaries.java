package org.paxmap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;

/** Reads a {@link PictureSummary} from a picture connection. Stateless; the caller guards the connection. */
final class PictureSummaries {
    private PictureSummaries() {}

    static PictureSummary read(Connection c, Path file, String nodeId, int schemaVersion) throws SQLException {
        Map<Layer, Long> counts = new EnumMap<>(Layer.class);
        Map<Layer, Long> tombstones = new EnumMap<>(Layer.class);
        Envelope extent = new Envelope();
        Instant earliest = null;
        Instant latest = null;
        String title = file.getFileName().toString();
        try (Statement s = c.createStatement()) {
            for (Layer layer : Layer.values()) {
                String t = layer.tableName();
                try (ResultSet rs = s.executeQuery(
                        "SELECT coalesce(sum(deleted = 0), 0), coalesce(sum(deleted = 1), 0) FROM " + t)) {
                    counts.put(layer, rs.getLong(1));
                    tombstones.put(layer, rs.getLong(2));
                }
                // Tombstones have a NULL geom, so the R*Tree holds exactly the live features. Its bounds are 32-bit
                // floats rounded outward (under a metre), which is fine for a summary and avoids reading every row.
                try (ResultSet rs =
                        s.executeQuery("SELECT min(minx), max(maxx), min(miny), max(maxy) FROM rtree_" + t + "_geom")) {
                    if (rs.getObject(1) != null) {
                        extent.expandToInclude(
                                new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)));
                    }
                }
                String span =
                        switch (layer) {
                            case INCIDENTS -> "min(occurred_at), max(occurred_at)";
                            case ROUTES -> "min(planned_start), max(planned_end)";
                            case ZONES -> "min(valid_from), max(coalesce(valid_until, valid_from))";
                        };
                try (ResultSet rs = s.executeQuery("SELECT " + span + " FROM " + t + " WHERE deleted = 0")) {
                    Instant first = GpkgDateTime.parse(rs.getString(1));
                    Instant last = GpkgDateTime.parse(rs.getString(2));
                    if (first != null && (earliest == null || first.isBefore(earliest))) {
                        earliest = first;
                    }
                    if (last != null && (latest == null || last.isAfter(latest))) {
                        latest = last;
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT value FROM paxmap_settings WHERE key = 'title'")) {
                if (rs.next()) {
                    title = rs.getString(1);
                }
            }
        }
        return new PictureSummary(file, title, nodeId, schemaVersion, counts, tombstones, extent, earliest, latest);
    }
}
