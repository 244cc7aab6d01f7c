package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.testing.SharedData;

/** GeoPackage specifics: choosing a table, trusting the tile matrix set, refusing other coordinate systems. */
class GeoPackageTileSourceTest {
    @TempDir
    Path dir;

    @Test
    void riversIsReadInTheMatrixSetsWebMercatorThoughItsContentsSay4326() throws Exception {
        Path rivers = SharedData.realdata().resolve("geopackage/geopackage-js_rivers.gpkg");
        try (GeoPackageTileSource source = GeoPackageTileSource.open(rivers);
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + rivers);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT zoom_level, tile_column, tile_row, tile_data FROM TILESosmds")) {
            assertEquals("TILESosmds", source.table());
            assertEquals(0, source.info().minZoom());
            assertEquals(3, source.info().maxZoom());
            int tiles = 0;
            while (rs.next()) {
                TileKey key = new TileKey(rs.getInt(1), rs.getInt(2), rs.getInt(3));
                assertArrayEquals(rs.getBytes(4), source.tile(key), "tile " + key + " passes through");
                tiles++;
            }
            assertEquals(85, tiles);
        }
    }

    @Test
    void aTableIsChosenByNameInAnyCaseAndAnUnknownNameListsTheTables() throws Exception {
        Path example = SharedData.realdata().resolve("geopackage/geopackage-js_example.gpkg");
        try (GeoPackageTileSource source = GeoPackageTileSource.open(example, "NGA_PC")) {
            assertEquals("nga_pc", source.table());
        }
        TileSourceException e =
                assertThrows(TileSourceException.class, () -> GeoPackageTileSource.open(example, "point1"));
        assertTrue(e.getMessage().startsWith(example + ": this GeoPackage has no tile table named point1"));
        assertTrue(e.getMessage().contains("bit_systems_wgs84"), "lists the tile tables: " + e.getMessage());
    }

    @Test
    void aTileSetInAnotherCoordinateSystemIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("utm.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 0x47504B47");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('UTM 31N', 32631, 'EPSG', 32631, 'x', NULL)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT,"
                    + " description TEXT, last_change TEXT, min_x REAL, min_y REAL, max_x REAL, max_y REAL,"
                    + " srs_id INTEGER)");
            s.execute("INSERT INTO gpkg_contents VALUES ('utm', 'tiles', 'utm', '', '', 0, 0, 1000, 1000, 32631)");
            s.execute("CREATE TABLE gpkg_tile_matrix_set (table_name TEXT PRIMARY KEY, srs_id INTEGER,"
                    + " min_x REAL, min_y REAL, max_x REAL, max_y REAL)");
            s.execute("INSERT INTO gpkg_tile_matrix_set VALUES ('utm', 32631, 0, 0, 1000, 1000)");
            s.execute("CREATE TABLE gpkg_tile_matrix (table_name TEXT, zoom_level INTEGER, matrix_width INTEGER,"
                    + " matrix_height INTEGER, tile_width INTEGER, tile_height INTEGER, pixel_x_size REAL,"
                    + " pixel_y_size REAL)");
            s.execute("INSERT INTO gpkg_tile_matrix VALUES ('utm', 0, 1, 1, 256, 256, 3.90625, 3.90625)");
            s.execute("CREATE TABLE utm (id INTEGER PRIMARY KEY, zoom_level INTEGER, tile_column INTEGER,"
                    + " tile_row INTEGER, tile_data BLOB)");
            try (PreparedStatement put = c.prepareStatement("INSERT INTO utm VALUES (NULL, 0, 0, 0, ?)")) {
                put.setBytes(1, TestTiles.png(Color.RED));
                put.executeUpdate();
            }
        }
        TileSourceException e = assertThrows(TileSourceException.class, () -> TileSources.open(file));
        assertEquals(
                file + ": tile table utm is in EPSG:32631; only Web Mercator (EPSG:3857) and WGS 84 (EPSG:4326)"
                        + " tile sets can be shown",
                e.getMessage());
    }
}
