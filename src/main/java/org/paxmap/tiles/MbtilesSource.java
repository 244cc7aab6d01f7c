package org.paxmap.tiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

/**
 * A raster MBTiles file (1.0–1.3), read-only. It reads the {@code tiles} table, or the {@code tiles} view of the
 * older normalised schema ({@code map} + {@code images}); rows are TMS (counted from the south) and flipped with
 * {@link TileKey#tmsRow()}. UTFGrid tables are ignored.
 *
 * <p>Where the metadata is silent it falls back: no {@code format} → the magic bytes of a tile; no {@code
 * minzoom}/{@code maxzoom} → the zoom levels present; no {@code bounds} → the whole Web Mercator world; no {@code
 * name} → the file name. It refuses vector MBTiles ({@code format=pbf}, gzip or protobuf tile data), a set with no
 * tiles, and tiles that are not PNG, JPEG or WebP; opening decodes one tile to prove the rest are images.
 *
 * <p>Thread-safe: reads go through a small pool of read-only connections ({@link SqliteTileFile}).
 */
public final class MbtilesSource implements TileSource {
    private static final String TILE_SQL =
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";

    private final SqliteTileFile db;
    private final TileSetInfo info;

    private MbtilesSource(SqliteTileFile db, TileSetInfo info) {
        this.db = db;
        this.info = info;
    }

    /**
     * Opens {@code file} read-only.
     *
     * @throws TileSourceException naming the file and why it is no usable raster MBTiles
     */
    public static MbtilesSource open(Path file) throws TileSourceException {
        return open(file, SqliteTileFile.MAX_CONNECTIONS);
    }

    /**
     * Opens {@code file} read-only with at most {@code maxConnections} connections for concurrent reads (1 makes
     * readers take turns on one connection; the benchmark compares the two).
     *
     * @throws TileSourceException naming the file and why it is no usable raster MBTiles
     */
    public static MbtilesSource open(Path file, int maxConnections) throws TileSourceException {
        SqliteTileFile db = SqliteTileFile.open(file, maxConnections);
        try {
            return new MbtilesSource(db, db.read("read the tile set", c -> readInfo(file, c)));
        } catch (TileSourceException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public TileSetInfo info() {
        return info;
    }

    @Override
    public byte[] tile(TileKey key) throws TileSourceException {
        db.ensureOpen();
        if (!info.covers(key)) {
            return null;
        }
        return db.blob("read tile " + key, TILE_SQL, key.z(), key.x(), key.tmsRow());
    }

    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "MBTiles " + db.file();
    }

    private static TileSetInfo readInfo(Path file, Connection c) throws SQLException, TileSourceException {
        if (!SchemaFacts.hasTableOrView(c, "tiles")) {
            throw new TileSourceException(file + ": a SQLite file but not MBTiles (it has no tiles table)");
        }
        Map<String, String> metadata = SchemaFacts.hasTableOrView(c, "metadata") ? metadata(c) : Map.of();
        TileImageFormat declared = TileImageFormat.named(metadata.get("format"));
        if (declared != null && declared.isVector()) {
            throw new TileSourceException(file + ": vector MBTiles are not supported yet");
        }
        TileImageFormat format = checkFirstTile(file, c);
        int[] zooms = zoomRange(c, metadata);
        return new TileSetInfo(
                name(file, metadata),
                format.infoName,
                zooms[0],
                zooms[1],
                bounds(metadata.get("bounds")),
                metadata.get("attribution"),
                metadata.get("description"));
    }

    private static Map<String, String> metadata(Connection c) throws SQLException {
        Map<String, String> metadata = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String value = rs.getString(2);
                if (name != null && value != null) {
                    metadata.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), value.trim());
                }
            }
        }
        return metadata;
    }

    /** Reads one tile, refuses vector or non-image data, and decodes it; returns the format it is in. */
    private static TileImageFormat checkFirstTile(Path file, Connection c) throws SQLException, TileSourceException {
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1")) {
            if (!rs.next()) {
                throw new TileSourceException(file + ": the tile set holds no tiles");
            }
            int z = rs.getInt(1);
            int x = rs.getInt(2);
            int tmsRow = rs.getInt(3);
            byte[] data = rs.getBytes(4);
            TileImageFormat format = TileImageFormat.sniff(data);
            if (format.isVector()) {
                throw new TileSourceException(file + ": vector MBTiles are not supported yet");
            }
            if (!format.isRaster()) {
                throw new TileSourceException(file + ": tiles are not PNG, JPEG or WebP images");
            }
            String where = file + ": tile " + z + "/" + x + "/" + ((1 << Math.min(z, 30)) - 1 - tmsRow);
            TileDecoder.decode(data, where);
            return format;
        }
    }

    private static int[] zoomRange(Connection c, Map<String, String> metadata) throws SQLException {
        Integer min = zoom(metadata.get("minzoom"));
        Integer max = zoom(metadata.get("maxzoom"));
        if (min == null || max == null || min > max) {
            // two queries: SQLite answers a lone min() or max() from the index, but not both in one
            min = scalar(c, "SELECT min(zoom_level) FROM tiles");
            max = scalar(c, "SELECT max(zoom_level) FROM tiles");
        }
        return new int[] {Math.max(0, min), Math.min(30, max)};
    }

    private static Integer zoom(String value) {
        if (value == null) {
            return null;
        }
        try {
            int zoom = (int) Math.round(Double.parseDouble(value));
            return zoom >= 0 && zoom <= 30 ? zoom : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The metadata name, else the file name without its extension. */
    private static String name(Path file, Map<String, String> metadata) {
        String name = metadata.get("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** "west,south,east,north" in degrees, clamped to the Web Mercator world; the world when absent or nonsense. */
    static Envelope bounds(String value) {
        if (value == null) {
            return TileSetInfo.worldBounds();
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            return TileSetInfo.worldBounds();
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            return TileSetInfo.worldBounds();
        }
        double west = Math.max(-180, v[0]);
        double south = Math.max(-WebMercator.MAX_LATITUDE, v[1]);
        double east = Math.min(180, v[2]);
        double north = Math.min(WebMercator.MAX_LATITUDE, v[3]);
        if (!(west <= east && south <= north)) { // also NaN; west > east would cross the antimeridian
            return TileSetInfo.worldBounds();
        }
        return new Envelope(west, east, south, north);
    }
}
