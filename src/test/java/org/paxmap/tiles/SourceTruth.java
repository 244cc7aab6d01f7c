package org.paxmap.tiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javax.imageio.ImageIO;

/**
 * What a GeoPackage tile level says is at a lon/lat: the stored pixel there, found with plain JDBC and ImageIO and the
 * GeoPackage formulas written out again here (not the code under test). For tests; not thread-safe.
 */
final class SourceTruth implements AutoCloseable {
    private static final double HALF_WORLD = Math.PI * 6378137;

    private final Connection c;
    private final String table;
    private final boolean geographic;
    private final double minX;
    private final double maxY;
    private final int level;
    private final int tileWidth;
    private final int tileHeight;
    private final double pixelWidth;
    private final double pixelHeight;
    private final Map<Long, BufferedImage> tiles = new HashMap<>();

    SourceTruth(Path file, String table, int level) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        this.c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly);
        this.table = table;
        this.level = level;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.srs_id, s.min_x, s.max_y, m.tile_width, m.tile_height, m.pixel_x_size, m.pixel_y_size"
                        + " FROM gpkg_tile_matrix_set s JOIN gpkg_tile_matrix m ON m.table_name = s.table_name"
                        + " WHERE s.table_name = ? AND m.zoom_level = ?")) {
            ps.setString(1, table);
            ps.setInt(2, level);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(table + " has no level " + level);
                }
                geographic = rs.getInt(1) == 4326;
                minX = rs.getDouble(2);
                maxY = rs.getDouble(3);
                tileWidth = rs.getInt(4);
                tileHeight = rs.getInt(5);
                pixelWidth = rs.getDouble(6);
                pixelHeight = rs.getDouble(7);
            }
        }
    }

    /** The finest level of {@code table}. */
    static int finestLevel(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps =
                        c.prepareStatement("SELECT max(zoom_level) FROM gpkg_tile_matrix WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    /** The stored ARGB pixel at lon/lat (0, transparent, where no tile is stored). */
    int pixelAt(double lon, double lat) throws SQLException, IOException {
        double x = geographic ? lon : lon / 180 * HALF_WORLD;
        double y = geographic ? lat : Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * 6378137;
        long px = (long) Math.floor((x - minX) / pixelWidth);
        long py = (long) Math.floor((maxY - y) / pixelHeight);
        long column = Math.floorDiv(px, tileWidth);
        long row = Math.floorDiv(py, tileHeight);
        BufferedImage tile = tile(column, row);
        return tile == null ? 0 : tile.getRGB((int) (px - column * tileWidth), (int) (py - row * tileHeight));
    }

    /** The lon/lat of the centre of the stored pixel (px, py) of tile (column, row), for choosing test points. */
    double[] lonLatOf(long column, long row, int px, int py) {
        double x = minX + (column * tileWidth + px + 0.5) * pixelWidth;
        double y = maxY - (row * tileHeight + py + 0.5) * pixelHeight;
        double lon = geographic ? x : x / HALF_WORLD * 180;
        double lat = geographic ? y : Math.toDegrees(Math.atan(Math.sinh(y / 6378137)));
        return new double[] {lon, lat};
    }

    private BufferedImage tile(long column, long row) throws SQLException, IOException {
        long key = column << 32 | row;
        if (!tiles.containsKey(key)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT tile_data FROM \"" + table
                    + "\" WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
                ps.setInt(1, level);
                ps.setLong(2, column);
                ps.setLong(3, row);
                try (ResultSet rs = ps.executeQuery()) {
                    tiles.put(key, rs.next() ? ImageIO.read(new ByteArrayInputStream(rs.getBytes(1))) : null);
                }
            }
        }
        return tiles.get(key);
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
