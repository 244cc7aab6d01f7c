package org.paxmap.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The store's viewport reads: one R*Tree lookup joined to a layer's rows, reading only what the map or a slide needs
 * of each live feature in a box ({@link MapFeature}, {@link SlideFeature}) — no whole feature is decoded. A slide's
 * incidents, the many, are read in two halves at once: the even row ids on the store's reader, the odd ones on the
 * {@link SecondReader}. Thread-safe as the store is: a call runs under the reader's lock.
 */
final class ViewportReads {
    /** Runs a read on the store's reader, under its lock. */
    @FunctionalInterface
    interface Reader {
        <T> T read(SecondReader.Work<T> work) throws SQLException;
    }

    /** What a viewport query makes of a row, given the symbol read from its first six columns. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs, MapFeature symbol) throws SQLException;
    }

    private final Path file;
    private final SecondReader second;
    private final Reader reader;

    ViewportReads(Path file, SecondReader second, Reader reader) {
        this.file = file;
        this.second = second;
        this.reader = reader;
    }

    /** The map's viewport query: the symbols of the live features of {@code layer} in {@code box}. */
    List<MapFeature> mapFeatures(Layer layer, Envelope box) throws StoreException {
        return read(layer, box, "", "the map view", false, false, () -> (rs, symbol) -> symbol);
    }

    /** How many entries of the incidents' R*Tree meet {@code box}, counting no further than {@code atMost}. */
    int incidentsIn(Envelope box, int atMost) throws StoreException {
        String sql = "SELECT count(*) FROM (SELECT 1 FROM rtree_" + Layer.INCIDENTS.tableName() + "_geom r"
                + " WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? LIMIT ?)";
        try {
            return reader.read(cache -> {
                PreparedStatement ps = cache.get(sql);
                ps.setDouble(1, box.getMaxX());
                ps.setDouble(2, box.getMinX());
                ps.setDouble(3, box.getMaxY());
                ps.setDouble(4, box.getMinY());
                ps.setInt(5, atMost);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot count the incidents in the view of " + file + ": " + PictureFile.reason(e) + ".", e);
        }
    }

    /**
     * A slide's: symbol, label, origin and time of the live features of {@code layer} in {@code box}. An incident's
     * symbol carries neither title nor id (a slide draws neither, and they were two of a row's ten values read for
     * each of the many); a route's and a zone's carry both.
     */
    List<SlideFeature> slideFeatures(Layer layer, Envelope box) throws StoreException {
        String columns = ", " + SlideRowText.sql("t", FeatureTable.of(layer).timeColumns());
        // each half makes its own labels and origins (SlideRowText is one query's)
        boolean incidents = layer == Layer.INCIDENTS;
        return read(layer, box, columns, "the slide features", incidents, incidents, () -> {
            SlideRowText text = new SlideRowText();
            return (rs, symbol) -> text.read(rs.getString(7), symbol);
        });
    }

    // The symbol's six columns, then extraColumns, each row made by a row reader from rows. Split: the rows of odd ids
    // read at once on the second reader, each half by its own row reader. Anonymous: the symbols without name and id.
    private <T> List<T> read(
            Layer layer,
            Envelope box,
            String extraColumns,
            String what,
            boolean split,
            boolean anonymous,
            Supplier<Row<T>> rows)
            throws StoreException {
        FeatureTable<Feature> table = FeatureTable.of(layer);
        String t = layer.tableName();
        String level = table.levelColumn() == null ? "0" : Levels.ordinalSql("t." + table.levelColumn());
        String nameAndId = anonymous ? "'', NULL" : "t." + table.searchNameColumn() + ", t.uuid";
        String sql = "SELECT t.fid, t.geom, t." + table.kindColumn() + ", " + level + ", " + nameAndId + extraColumns
                + " FROM rtree_"
                + t + "_geom r JOIN " + t + " t ON t.fid = r.id"
                + " WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?"
                + (split ? " AND (r.id & 1) = ?" : "");
        String failure = "Cannot read " + what + " of " + t + " in " + file;
        Future<List<T>> odd =
                split ? second.submit(cache -> rows(cache, sql, layer, box, 1, anonymous, rows.get())) : null;
        List<T> out;
        try {
            out = reader.read(cache -> rows(cache, sql, layer, box, split ? 0 : -1, anonymous, rows.get()));
        } catch (SQLException e) {
            awaitQuietly(odd); // the other half reads on: let it end before the failure is reported
            throw new StoreException(failure + ": " + PictureFile.reason(e) + ".", e);
        } catch (RuntimeException e) {
            awaitQuietly(odd);
            throw e;
        }
        if (odd != null) {
            try {
                out.addAll(odd.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(failure + ": interrupted.", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sqlFailure) {
                    throw new StoreException(failure + ": " + PictureFile.reason(sqlFailure) + ".", sqlFailure);
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new StoreException(failure + ": " + cause + ".", cause);
            }
        }
        return out;
    }

    private static void awaitQuietly(Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the caller reports its own failure
        }
    }

    // The rows of one statement (half: 0 or 1 for the even or odd ids, -1 all), on statements' connection.
    private static <T> List<T> rows(
            StatementCache statements, String sql, Layer layer, Envelope box, int half, boolean anonymous, Row<T> row)
            throws SQLException {
        PreparedStatement ps = statements.get(sql);
        ps.setDouble(1, box.getMaxX());
        ps.setDouble(2, box.getMinX());
        ps.setDouble(3, box.getMaxY());
        ps.setDouble(4, box.getMinY());
        if (half >= 0) {
            ps.setInt(5, half);
        }
        List<T> out = new ArrayList<>();
        // the few kinds of many rows as one instance each: what draws them looks each up, and a string met before
        // keeps its hash and is compared by identity
        Map<String, String> kinds = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Geometry g = GeoPackageGeometry.decode(rs.getBytes(2));
                // The R*Tree holds 32-bit bounds rounded outwards: drop what lies just outside.
                if (g.getEnvelopeInternal().intersects(box)) {
                    out.add(row.read(
                            rs,
                            new MapFeature(
                                    layer,
                                    rs.getLong(1),
                                    g,
                                    kinds.computeIfAbsent(rs.getString(3), k -> k),
                                    rs.getInt(4),
                                    anonymous ? "" : rs.getString(5),
                                    anonymous ? null : UuidText.parse(rs.getBytes(6)))));
                }
            }
        }
        return out;
    }
}
