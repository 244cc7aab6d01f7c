package org.paxmap.tiles;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a tile set of whatever kind a path holds: a folder is an XYZ folder; a SQLite file is a GeoPackage when its
 * application id says so ('GPKG', 'GP10', 'GP11') or it has {@code gpkg_contents}, else MBTiles when it has a {@code
 * tiles} table or view; anything else is refused. Every source it returns has decoded one of its tiles. Stateless.
 */
public final class TileSources {
    private TileSources() {}

    /**
     * Opens {@code path}: an MBTiles file, a GeoPackage with a tile table (the first by name), or an XYZ folder
     * ({@code z/x/y.png|jpg|jpeg|webp}).
     *
     * @throws TileSourceException naming the file and why it is not a usable raster tile set (corrupt, not SQLite, no
     *     tile tables, vector tiles, undecodable tiles, ...)
     */
    public static TileSource open(Path path) throws TileSourceException {
        if (Files.isDirectory(path)) {
            return XyzFolderSource.open(path);
        }
        if (!SqliteTileFile.hasSqliteHeader(path)) {
            throw new TileSourceException(path + ": not a tile set (expected MBTiles, GeoPackage or an XYZ folder)");
        }
        Kind kind;
        try (SqliteTileFile db = SqliteTileFile.open(path, 1)) {
            kind = db.read("read the schema", c -> {
                if (SchemaFacts.isGeoPackage(c)) {
                    return Kind.GEOPACKAGE;
                }
                return SchemaFacts.hasTableOrView(c, "tiles") ? Kind.MBTILES : null;
            });
        }
        if (kind == Kind.GEOPACKAGE) {
            return GeoPackageTileSource.open(path);
        }
        if (kind == Kind.MBTILES) {
            return MbtilesSource.open(path);
        }
        throw new TileSourceException(path + ": a SQLite database but not a tile set (it has no tiles table and is"
                + " no GeoPackage; expected MBTiles, GeoPackage or an XYZ folder)");
    }

    private enum Kind {
        MBTILES,
        GEOPACKAGE
    }
}
