package org.paxmap.tiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

/**
 * What a GeoPackage says about one of its tile tables, read once when it is opened: the coordinate system and origin
 * of its tile matrix set (trusted over {@code gpkg_contents}), the levels that hold tiles with where each sits among
 * the XYZ zooms, and the {@link TileSetInfo} to show. Immutable.
 *
 * @param table the tile table's name as gpkg_contents spells it
 * @param crs the matrix set's coordinate system
 * @param originX the matrix set's west edge, in CRS units
 * @param originY the matrix set's north edge, in CRS units
 * @param levels the levels that hold tiles, coarse to fine
 * @param info name, stored format, zoom range (with {@link GeoPackageTileSource#UNDER_ZOOM}), bounds of the stored tiles
 */
record TileMatrixSet(String table, Crs crs, double originX, double originY, List<TileMatrix> levels, TileSetInfo info) {
    private static final double HALF_WORLD = Math.PI * 6378137;

    /** The stored level closest in resolution (along a parallel) to XYZ zoom {@code z}; the finer one on a tie. */
    TileMatrix closestLevel(int z) {
        TileMatrix best = null;
        for (TileMatrix level : levels) { // coarse to fine
            if (best == null || Math.abs(level.xyzZoom() - z) <= Math.abs(best.xyzZoom() - z) + 1e-9) {
                best = level;
            }
        }
        return best;
    }

    /**
     * Reads the tile table {@code wanted} (any case; the first by name when {@code null}) of the GeoPackage {@code
     * file} on {@code c}, and decodes its first tile.
     *
     * @throws TileSourceException naming the file and why that table is no usable tile layer
     */
    static TileMatrixSet read(Path file, Connection c, String wanted) throws SQLException, TileSourceException {
        requireGeoPackage(file, c);
        List<String> tables = tileTables(c);
        if (tables.isEmpty()) {
            throw new TileSourceException(file
                    + (hasFeatures(c)
                            ? ": this GeoPackage has features but no tile layer"
                            : ": this GeoPackage holds no tiles (it has no tile table)"));
        }
        String table = wanted == null ? tables.get(0) : null;
        for (String t : tables) {
            if (wanted != null && t.equalsIgnoreCase(wanted)) {
                table = t;
            }
        }
        if (table == null) {
            throw new TileSourceException(
                    file + ": this GeoPackage has no tile table named " + wanted + " (it has " + tables + ")");
        }
        String what = file + ": tile table " + table;
        if (!SchemaFacts.hasTableOrView(c, table)) {
            throw new TileSourceException(what + " is listed in gpkg_contents but does not exist");
        }
        double[] set = matrixSet(c, table, what);
        Crs crs = crs(c, (int) set[0], what);
        List<TileMatrix> levels = levels(c, table, crs, set[1], set[4], what);
        TileImageFormat format = checkFirstTile(c, table, what);
        Envelope bounds = storedExtent(c, table, crs, set[1], set[4], levels);
        Envelope declared = contentsBounds(c, table);
        if (declared != null && declared.intersection(bounds).getArea() > 0) {
            bounds = declared.intersection(bounds); // the data's own extent, where the tiles are padded around it
        }
        String title = contentsTitle(c, table);
        double coarsest = levels.get(0).xyzZoom();
        double finest = levels.get(levels.size() - 1).xyzZoom();
        int maxZoom = (int) Math.max(0, Math.min(30, Math.round(finest)));
        int minZoom = (int) Math.max(0, Math.min(maxZoom, Math.round(coarsest) - GeoPackageTileSource.UNDER_ZOOM));
        TileSetInfo info = new TileSetInfo(
                title == null || title.isBlank() ? table : title,
                format.infoName,
                minZoom,
                maxZoom,
                bounds,
                "",
                contentsDescription(c, table));
        return new TileMatrixSet(table, crs, set[1], set[4], List.copyOf(levels), info);
    }

    static void requireGeoPackage(Path file, Connection c) throws SQLException, TileSourceException {
        if (!SchemaFacts.hasTableOrView(c, "gpkg_contents")) {
            throw new TileSourceException(file + ": not a GeoPackage (it has no gpkg_contents table)");
        }
    }

    /** The tile tables listed in gpkg_contents, sorted by name. */
    static List<String> tileTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'tiles' ORDER BY table_name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static boolean hasFeatures(Connection c) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT 1 FROM gpkg_contents WHERE lower(data_type) = 'features' LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** srs_id, min_x, min_y, max_x, max_y of the table's tile matrix set. */
    private static double[] matrixSet(Connection c, String table, String what)
            throws SQLException, TileSourceException {
        if (!SchemaFacts.hasTableOrView(c, "gpkg_tile_matrix_set")
                || !SchemaFacts.hasTableOrView(c, "gpkg_tile_matrix")) {
            throw new TileSourceException(what + " has no tile matrix (gpkg_tile_matrix_set is missing)");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT srs_id, min_x, min_y, max_x, max_y"
                + " FROM gpkg_tile_matrix_set WHERE table_name = ? COLLATE NOCASE")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new TileSourceException(what + " has no row in gpkg_tile_matrix_set");
                }
                double[] set = {rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)};
                if (!(set[3] > set[1] && set[4] > set[2])) {
                    throw new TileSourceException(what + " has an empty tile matrix set extent");
                }
                return set;
            }
        }
    }

    private static Crs crs(Connection c, int srsId, String what) throws SQLException, TileSourceException {
        String organization = "EPSG";
        int code = srsId;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            ps.setInt(1, srsId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    organization =
                            rs.getString(1) == null ? "" : rs.getString(1).toUpperCase(Locale.ROOT);
                    code = rs.getInt(2);
                }
            }
        }
        if (organization.equals("EPSG")) {
            switch (code) {
                case 3857:
                case 900913:
                case 3785:
                case 102100:
                case 102113:
                    return Crs.WEB_MERCATOR;
                case 4326:
                    return Crs.WGS84;
                default:
                    break;
            }
        }
        throw new TileSourceException(what + " is in " + organization + ":" + code
                + "; only Web Mercator (EPSG:3857) and WGS 84 (EPSG:4326) tile sets can be shown");
    }

    /** The levels that hold tiles, coarse to fine. */
    private static List<TileMatrix> levels(Connection c, String table, Crs crs, double minX, double maxY, String what)
            throws SQLException, TileSourceException {
        List<TileMatrix> levels = new ArrayList<>();
        String any = "SELECT 1 FROM " + quote(table) + " WHERE zoom_level = ? LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement("SELECT zoom_level, matrix_width, matrix_height, tile_width,"
                        + " tile_height, pixel_x_size, pixel_y_size FROM gpkg_tile_matrix"
                        + " WHERE table_name = ? COLLATE NOCASE ORDER BY pixel_x_size DESC, zoom_level");
                PreparedStatement hasTiles = c.prepareStatement(any)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(1);
                    int matrixWidth = rs.getInt(2);
                    int matrixHeight = rs.getInt(3);
                    int tileWidth = rs.getInt(4);
                    int tileHeight = rs.getInt(5);
                    double pixelWidth = rs.getDouble(6);
                    double pixelHeight = rs.getDouble(7);
                    if (matrixWidth <= 0 || matrixHeight <= 0 || tileWidth <= 0 || tileHeight <= 0) {
                        continue;
                    }
                    if (!(pixelWidth > 0 && pixelHeight > 0)) {
                        continue;
                    }
                    hasTiles.setInt(1, level);
                    try (ResultSet any1 = hasTiles.executeQuery()) {
                        if (!any1.next()) {
                            continue;
                        }
                    }
                    levels.add(matrix(
                            crs,
                            minX,
                            maxY,
                            level,
                            matrixWidth,
                            matrixHeight,
                            tileWidth,
                            tileHeight,
                            pixelWidth,
                            pixelHeight));
                }
            }
        }
        if (levels.isEmpty()) {
            throw new TileSourceException(what + " holds no tiles");
        }
        return levels;
    }

    static TileMatrix matrix(
            Crs crs,
            double minX,
            double maxY,
            int level,
            int matrixWidth,
            int matrixHeight,
            int tileWidth,
            int tileHeight,
            double pixelWidth,
            double pixelHeight) {
        double xyzZoom = Math.log(crs.worldWidth / TileSource.TILE_SIZE / pixelWidth) / Math.log(2);
        int aligned = -1;
        long columnOffset = 0;
        long rowOffset = 0;
        if (crs == Crs.WEB_MERCATOR && tileWidth == TileSource.TILE_SIZE && tileHeight == TileSource.TILE_SIZE) {
            long z = Math.round(xyzZoom);
            double span = TileSource.TILE_SIZE * pixelWidth;
            double columns = (minX + HALF_WORLD) / span;
            double rows = (HALF_WORLD - maxY) / span;
            if (z >= 0
                    && z <= 30
                    && Math.abs(xyzZoom - z) < 1e-6
                    && Math.abs(pixelHeight / pixelWidth - 1) < 1e-6
                    && Math.abs(columns - Math.round(columns)) < 1e-3
                    && Math.abs(rows - Math.round(rows)) < 1e-3) {
                aligned = (int) z;
                columnOffset = Math.round(columns);
                rowOffset = Math.round(rows);
            }
        }
        return new TileMatrix(
                level,
                matrixWidth,
                matrixHeight,
                tileWidth,
                tileHeight,
                pixelWidth,
                pixelHeight,
                xyzZoom,
                aligned,
                columnOffset,
                rowOffset);
    }

    private static TileImageFormat checkFirstTile(Connection c, String table, String what)
            throws SQLException, TileSourceException {
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT zoom_level, tile_column, tile_row, tile_data FROM " + quote(table) + " LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new TileSourceException(what + " holds no tiles");
            }
            byte[] data = rs.getBytes(4);
            TileImageFormat format = TileImageFormat.sniff(data);
            if (format.isVector()) {
                throw new TileSourceException(what + " holds vector tiles, which are not supported yet");
            }
            if (!format.isRaster()) {
                throw new TileSourceException(what + ": tiles are not PNG, JPEG or WebP images");
            }
            TileDecoder.decode(data, what + ", tile " + rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3));
            return format;
        }
    }

    /** The lon/lat extent of the tiles stored, over all levels (one pass over the table's index). */
    private static Envelope storedExtent(
            Connection c, String table, Crs crs, double minX, double maxY, List<TileMatrix> levels)
            throws SQLException {
        Envelope extent = new Envelope();
        try (PreparedStatement ps = c.prepareStatement("SELECT min(tile_column), max(tile_column), min(tile_row),"
                + " max(tile_row) FROM " + quote(table) + " WHERE zoom_level = ?")) {
            for (TileMatrix level : levels) {
                ps.setInt(1, level.level());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    double spanX = level.tileWidth() * level.pixelWidth();
                    double spanY = level.tileHeight() * level.pixelHeight();
                    double west = minX + rs.getLong(1) * spanX;
                    double east = minX + (rs.getLong(2) + 1) * spanX;
                    double north = maxY - rs.getLong(3) * spanY;
                    double south = maxY - (rs.getLong(4) + 1) * spanY;
                    extent.expandToInclude(crs.lon(west), crs.lat(south));
                    extent.expandToInclude(crs.lon(east), crs.lat(north));
                }
            }
        }
        Envelope world = TileSetInfo.worldBounds();
        Envelope clipped = extent.intersection(world);
        return clipped.isNull() ? world : clipped;
    }

    /**
     * The lon/lat bounds {@code gpkg_contents} declares, read in its own srs (which may differ from the matrix
     * set's), or {@code null} when absent, of no area, or in a system other than EPSG:3857 or 4326.
     */
    private static Envelope contentsBounds(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT srs_id, min_x, min_y, max_x, max_y"
                + " FROM gpkg_contents WHERE table_name = ? AND min_x IS NOT NULL AND min_y IS NOT NULL"
                + " AND max_x IS NOT NULL AND max_y IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int srsId = rs.getInt(1);
                double minX = rs.getDouble(2);
                double minY = rs.getDouble(3);
                double maxX = rs.getDouble(4);
                double maxY = rs.getDouble(5);
                Crs crs;
                try {
                    crs = crs(c, srsId, "");
                } catch (TileSourceException unknownSystem) {
                    return null;
                }
                if (!(maxX > minX && maxY > minY)) {
                    return null;
                }
                return new Envelope(crs.lon(minX), crs.lon(maxX), crs.lat(minY), crs.lat(maxY));
            }
        }
    }

    private static String contentsTitle(Connection c, String table) {
        return contentsColumn(c, table, "identifier");
    }

    private static String contentsDescription(Connection c, String table) {
        return contentsColumn(c, table, "description");
    }

    /** A column of the table's gpkg_contents row, or {@code null} (also when an old file lacks the column). */
    private static String contentsColumn(Connection c, String table, String column) {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + column + " FROM gpkg_contents WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** {@code identifier} as a quoted SQL identifier. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The two coordinate systems a tile matrix set may use here. */
    enum Crs {
        WEB_MERCATOR(2 * HALF_WORLD),
        WGS84(360);

        /** The width of the world in this system's units. */
        final double worldWidth;

        Crs(double worldWidth) {
            this.worldWidth = worldWidth;
        }

        double x(double lon) {
            return this == WGS84 ? lon : lon / 180 * HALF_WORLD;
        }

        double y(double lat) {
            if (this == WGS84) {
                return lat;
            }
            double clamped = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, lat));
            return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * 6378137;
        }

        double lon(double x) {
            double lon = this == WGS84 ? x : x / HALF_WORLD * 180;
            return Math.max(-180, Math.min(180, lon));
        }

        double lat(double y) {
            double lat = this == WGS84 ? y : Math.toDegrees(Math.atan(Math.sinh(y / 6378137)));
            return Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, lat));
        }
    }
}
