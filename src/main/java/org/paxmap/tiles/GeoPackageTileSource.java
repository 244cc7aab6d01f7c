package org.paxmap.tiles;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
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
 * writers get wrong ({@link TileMatrixSet} reads all of it at open). {@link TileSetInfo#bounds()} is the extent of the
 * tiles actually stored, narrowed to the {@code gpkg_contents} bounds where those overlap it; {@link
 * TileSetInfo#format()} is the stored tiles' format, though drawn tiles are always PNG.
 *
 * <p>Thread-safe: reads go through a small pool of read-only connections ({@link SqliteTileFile}).
 */
public final class GeoPackageTileSource implements TileSource {
    /** How many zoom levels below its coarsest stored level a set is drawn, scaled down. */
    public static final int UNDER_ZOOM = 3;

    /** More stored tiles than this for one output tile means a set this class cannot draw sensibly. */
    private static final int MAX_SOURCE_TILES = 256;

    private final SqliteTileFile db;
    private final TileMatrixSet set;
    private final String tileSql;
    private final String rangeSql;

    private GeoPackageTileSource(SqliteTileFile db, TileMatrixSet set) {
        this.db = db;
        this.set = set;
        String quoted = TileMatrixSet.quote(set.table());
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
            return new GeoPackageTileSource(
                    db, db.read("read the GeoPackage", c -> TileMatrixSet.read(file, c, table)));
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
                TileMatrixSet.requireGeoPackage(file, c);
                return TileMatrixSet.tileTables(c);
            });
        }
    }

    /** The name of the tile table this source reads. */
    public String table() {
        return set.table();
    }

    @Override
    public TileSetInfo info() {
        return set.info();
    }

    @Override
    public byte[] tile(TileKey key) throws TileSourceException {
        db.ensureOpen();
        if (!set.info().covers(key)) {
            return null;
        }
        TileMatrix level = set.closestLevel(key.z());
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
        return "GeoPackage " + db.file() + " table " + set.table();
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
            String name = db.file() + ": tile " + level.level() + "/" + column + "/" + row + " of table " + set.table();
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
        // a bilinear sample averages 2 x 2 source pixels, so one per 2 source pixels covers the output pixel
        double sourcePixelsPerOutput = Math.pow(2, level.xyzZoom() - key.z());
        int samples = (int) Math.max(1, Math.min(4, Math.ceil(sourcePixelsPerOutput / 2 - 1e-9)));
        int n = TILE_SIZE * samples;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double worldPixel = (double) key.x() * TILE_SIZE + (i + 0.5) / samples;
            xs[i] = (set.crs().x(WebMercator.lon(worldPixel, key.z())) - set.originX()) / level.pixelWidth();
        }
        for (int j = 0; j < n; j++) {
            double worldPixel = (double) key.y() * TILE_SIZE + (j + 0.5) / samples;
            ys[j] = (set.originY() - set.crs().y(WebMercator.lat(worldPixel, key.z()))) / level.pixelHeight();
        }
        return new TileResampler.Grid(samples, xs, ys);
    }
}
