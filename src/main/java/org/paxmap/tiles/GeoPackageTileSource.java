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
 * A tile table of a GeoPackage ({@code gpkg_contents} data type {@code tiles}, with its {@code gpkg_tile_matrix_set}
 * and {@code gpkg_tile_matrix}), read-only, presented as 256 px XYZ Web Mercator tiles.
 *
 * <p>A level in Web Mercator (EPSG:3857) whose tiles are 256 px and sit on the XYZ grid passes its stored tiles
 * through unchanged. Every other request is drawn: the level whose resolution is closest to the requested zoom is
 * chosen, the stored tiles that overlap are decoded, and each output pixel is sampled from them (bilinear, averaged
 * over several samples when the source is finer) with the exact mapping — linear in x, and row by row through the
 * latitude for EPSG:4326 sources — then encoded as PNG. This serves EPSG:4326 matrix sets, tiles of other sizes,
 * matrices off the XYZ grid, and zoom levels a set does not store: up to {@link #UNDER_ZOOM} levels below its
 * coarsest level are drawn from it scaled down (the NGA "tile scaling" idea; GDAL writes a single level unless asked
 * for overviews). Above the finest level nothing is returned: the map view over-zooms.
 *
 * <p>The coordinate system comes from {@code gpkg_tile_matrix_set}, not from {@code gpkg_contents}, which some
 * writers get wrong. {@link TileSetInfo#bounds()} is the extent of the tiles actually stored; {@link
 * TileSetInfo#format()} is the stored tiles' format, though drawn tiles are always PNG.
 *
 * <p>Thread-safe: reads go through a small pool of read-only connections ({@link SqliteTileFile}).
 */
public final class GeoPackageTileSource implements TileSource {
    /** How many zoom levels below its coarsest stored level a set is drawn, scaled down. */
    public static final int UNDER_ZOOM = 3;

    private static final double HALF_WORLD = Math.PI * 6378137;
    /** More stored tiles than this for one output tile means a set this class cannot draw sensibly. */
    private static final int MAX_SOURCE_TILES = 256;

    private final SqliteTileFile db;
    private final String table;
    private final Crs crs;
    private final double originX;
    private final double originY;
    private final List<TileMatrix> levels;
    private final TileSetInfo info;
    private final String tileSql;
    private final String rangeSql;

    private GeoPackageTileSource(
            SqliteTileFile db,
            String table,
            Crs crs,
            double originX,
            double originY,
            List<TileMatrix> levels,
            TileSetInfo info) {
        this.db = db;
        this.table = table;
        this.crs = crs;
        this.originX = originX;
        this.originY = originY;
        this.levels = List.copyOf(levels);
        this.info = info;
        String quoted = quote(table);
        this.tileSql = "SELECT tile_data FROM " + quoted + " WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";
        this.rangeSql = "SELECT tile_column, tile_row, tile_data FROM " + quoted
                + " WHERE zoom_level = ? AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?";
    }

    /**
     * Opens the first tile table of {@code file} (by table name).
     *
     * @throws TileSourceException naming the file and why it offers no usable tile layer
     */
    public static GeoPackageTileSource open(Path file) throws TileSourceException {
        return open(file, null);
    }

    /**
     * Opens the tile table {@code table} of {@code file} (any case), or the first by name when {@code null}.
     *
     * @throws TileSourceException naming the file and why that table is no usable tile layer
     */
    public static GeoPackageTileSource open(Path file, String table) throws TileSourceException {
        SqliteTileFile db = SqliteTileFile.open(file);
        try {
            return db.read("read the GeoPackage", c -> open(db, c, table));
        } catch (TileSourceException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The tile tables of the GeoPackage {@code file}, sorted by name; empty if it has none.
     *
     * @throws TileSourceException if it is no readable GeoPackage
     */
    public static List<String> tileTables(Path file) throws TileSourceException {
        try (SqliteTileFile db = SqliteTileFile.open(file)) {
            return db.read("read the GeoPackage", c -> {
                requireGeoPackage(file, c);
                return tileTables(c);
            });
        }
    }

    /** The name of the tile table this source reads. */
    public String table() {
        return table;
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
        TileMatrix level = closestLevel(key.z());
        if (level.passesThrough(key)) {
            long column = key.x() - level.columnOffset();
            long row = key.y() - level.rowOffset();
            if (column < 0 || row < 0 || column >= level.matrixWidth() || row >= level.matrixHeight()) {
                return null;
            }
            return db.blob("read tile " + key, tileSql, level.level(), (int) column, (int) row);
        }
        return draw(key, level);
    }

    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "GeoPackage " + db.file() + " table " + table;
    }

    /** The stored level closest in resolution to XYZ zoom {@code z}; the finer one on a tie. */
    TileMatrix closestLevel(int z) {
        TileMatrix best = null;
        for (TileMatrix level : levels) { // levels are sorted coarse to fine
            if (best == null || Math.abs(level.xyzZoom() - z) <= Math.abs(best.xyzZoom() - z) + 1e-9) {
                best = level;
            }
        }
        return best;
    }

    private byte[] draw(TileKey key, TileMatrix level) throws TileSourceException {
        TileResampler.Grid grid = sampleGrid(key, level);
        long minColumn = Math.max(0, (long) Math.floor(grid.minX() / level.tileWidth()));
        long maxColumn = Math.min(level.matrixWidth() - 1L, (long) Math.floor(grid.maxX() / level.tileWidth()));
        long minRow = Math.max(0, (long) Math.floor(grid.minY() / level.tileHeight()));
        long maxRow = Math.min(level.matrixHeight() - 1L, (long) Math.floor(grid.maxY() / level.tileHeight()));
        if (minColumn > maxColumn || minRow > maxRow) {
            return null;
        }
        long count = (maxColumn - minColumn + 1) * (maxRow - minRow + 1);
        if (count > MAX_SOURCE_TILES) {
            return null;
        }
        int columns = (int) (maxColumn - minColumn + 1);
        DecodedTile[] sources = new DecodedTile[(int) count];
        List<byte[]> encoded = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        db.read("read the tiles under " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement(rangeSql)) {
                ps.setInt(1, level.level());
                ps.setLong(2, minColumn);
                ps.setLong(3, maxColumn);
                ps.setLong(4, minRow);
                ps.setLong(5, maxRow);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        where.add(new int[] {rs.getInt(1), rs.getInt(2)});
                        encoded.add(rs.getBytes(3));
                    }
                }
            }
            return null;
        });
        if (encoded.isEmpty()) {
            return null;
        }
        for (int i = 0; i < encoded.size(); i++) { // decoded outside the pool: the connection is free again
            int column = where.get(i)[0];
            int row = where.get(i)[1];
            String name = db.file() + ": tile " + level.level() + "/" + column + "/" + row + " of table " + table;
            sources[(int) ((row - minRow) * columns + (column - minColumn))] = TileDecoder.decode(encoded.get(i), name);
        }
        int[] argb = TileResampler.resample(
                grid, sources, columns, minColumn, minRow, level.tileWidth(), level.tileHeight());
        return argb == null ? null : TileDecoder.encodePng(TILE_SIZE, TILE_SIZE, argb);
    }

    /**
     * Where the samples of output tile {@code key} fall in {@code level}, in the level's pixels (0 at the matrix
     * set's west and north edge, pixel centres at .5).
     */
    TileResampler.Grid sampleGrid(TileKey key, TileMatrix level) {
        double sourcePixelsPerOutput = Math.pow(2, level.xyzZoom() - key.z());
        int samples = (int) Math.max(1, Math.min(8, Math.ceil(sourcePixelsPerOutput - 1e-9)));
        int n = TILE_SIZE * samples;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double worldPixel = (double) key.x() * TILE_SIZE + (i + 0.5) / samples;
            xs[i] = (crs.x(WebMercator.lon(worldPixel, key.z())) - originX) / level.pixelWidth();
        }
        for (int j = 0; j < n; j++) {
            double worldPixel = (double) key.y() * TILE_SIZE + (j + 0.5) / samples;
            ys[j] = (originY - crs.y(WebMercator.lat(worldPixel, key.z()))) / level.pixelHeight();
        }
        return new TileResampler.Grid(samples, xs, ys);
    }

    private static GeoPackageTileSource open(SqliteTileFile db, Connection c, String wanted)
            throws SQLException, TileSourceException {
        Path file = db.file();
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
        int minZoom = (int) Math.max(0, Math.min(maxZoom, Math.round(coarsest) - UNDER_ZOOM));
        TileSetInfo info = new TileSetInfo(
                title == null || title.isBlank() ? table : title,
                format.infoName,
                minZoom,
                maxZoom,
                bounds,
                "",
                contentsDescription(c, table));
        return new GeoPackageTileSource(db, table, crs, set[1], set[4], levels, info);
    }

    private static void requireGeoPackage(Path file, Connection c) throws SQLException, TileSourceException {
        if (!SchemaFacts.hasTableOrView(c, "gpkg_contents")) {
            throw new TileSourceException(file + ": not a GeoPackage (it has no gpkg_contents table)");
        }
    }

    private static List<String> tileTables(Connection c) throws SQLException {
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
        double xyzZoom = Math.log(crs.worldWidth / TILE_SIZE / pixelWidth) / Math.log(2);
        int aligned = -1;
        long columnOffset = 0;
        long rowOffset = 0;
        if (crs == Crs.WEB_MERCATOR && tileWidth == TILE_SIZE && tileHeight == TILE_SIZE) {
            long z = Math.round(xyzZoom);
            double span = TILE_SIZE * pixelWidth;
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

    private static String quote(String identifier) {
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
