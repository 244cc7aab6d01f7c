package org.paxmap.store;

import java.util.List;
import org.paxmap.model.Layer;

/**
 * The SQL of the GeoPackage 1.3 core tables (clauses 1.1.2, 1.1.3, 2.1.5, 2.3): the spatial reference systems with
 * the three required rows, the contents, the geometry columns and the extensions table, and the rows registering one
 * feature layer.
 */
public final class GeoPackageCore {
    /** EPSG:4326 as GDAL writes it into {@code gpkg_spatial_ref_sys}. */
    static final String WGS84_WKT =
            """
            GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
            AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],\
            UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],\
            AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]""";

    /** The statements creating the core tables, in order (a plain GeoPackage export runs them too). */
    public static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL,
              srs_id INTEGER PRIMARY KEY,
              organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL,
              definition TEXT NOT NULL,
              description TEXT)""",
            """
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
               'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
               'undefined geographic coordinate reference system'),
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, '%s',
               'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')"""
                    .formatted(WGS84_WKT),
            """
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY,
              data_type TEXT NOT NULL,
              identifier TEXT UNIQUE,
              description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE,
              min_y DOUBLE,
              max_x DOUBLE,
              max_y DOUBLE,
              srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
            """
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL,
              column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL,
              z TINYINT NOT NULL,
              m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
            """
            CREATE TABLE gpkg_extensions (
              table_name TEXT,
              column_name TEXT,
              extension_name TEXT NOT NULL,
              definition TEXT NOT NULL,
              scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""");

    private GeoPackageCore() {}

    /** The rows registering {@code layer} in the contents, geometry columns and extensions tables. */
    static List<String> register(Layer layer) {
        String t = layer.tableName();
        String identifier = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return List.of(
                """
                INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
                VALUES ('%s', 'features', '%s', 'Paxmap %s layer', 4326)"""
                        .formatted(t, identifier, t),
                """
                INSERT INTO gpkg_geometry_columns VALUES ('%s', 'geom', '%s', 4326, 0, 0)"""
                        .formatted(t, layer.geometryType()),
                """
                INSERT INTO gpkg_extensions VALUES ('%s', 'geom', 'gpkg_rtree_index',
                  'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"""
                        .formatted(t));
    }
}
