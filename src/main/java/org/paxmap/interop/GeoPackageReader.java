package org.paxmap.interop;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;
import org.paxmap.store.GeoPackageGeometry;
import org.sqlite.SQLiteConfig;

/**
 * The feature tables of a GeoPackage (as QGIS or GDAL write them), opened read-only: points become incidents, lines
 * routes, polygons and multipolygons zones; a {@code name}/{@code title} column names the feature and the other
 * columns are kept in an incident's description. Coordinates in EPSG:4326 are taken as they are, in EPSG:3857 (Web
 * Mercator) converted exactly; srs 0 ("undefined geographic") is read as longitude/latitude with a warning; any
 * other system skips the table with the reason (reproject it to EPSG:4326 first). Multi-points, multi-lines,
 * collections and curves are skipped per feature. Identity: file, table and primary key. Rows are streamed.
 * Stateless.
 */
final class GeoPackageReader implements FeatureReader {
    private static final int GPKG = 0x47504B47;
    private static final int GP10 = 0x47503130;
    private static final int GP11 = 0x47503131;
    private static final double EARTH_RADIUS = 6_378_137;

    @Override
    public ImportFormat format() {
        return ImportFormat.GEOPACKAGE;
    }

    @Override
    public void read(Path file, ImportContext context, ImportSink sink) throws ImportException {
        String name = file.getFileName().toString();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c =
                DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            distrustSchema(c);
            check(c, name);
            List<GeoPackageTables.Table> tables = GeoPackageTables.hasFeatures(c) ? GeoPackageTables.of(c) : List.of();
            if (tables.isEmpty()) {
                throw new ImportException(name + ": a GeoPackage without feature tables (only tiles or attributes);"
                        + " nothing to import (a tile table opens as a base map)");
            }
            for (GeoPackageTables.Table t : tables) {
                table(c, t, name, context, sink);
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("unsafe use of")) {
                throw new ImportException(
                        name + ": refused: its schema (a view or trigger) calls a function or table that a file from"
                                + " outside may not use (" + e.getMessage() + ")",
                        e);
            }
            throw new ImportException(name + ": cannot be read as a GeoPackage (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@code PRAGMA trusted_schema = OFF}: the file was not made by Paxmap, so its views and triggers may not call
     * application functions or virtual tables (such as the {@code pragma_*} tables) that are not marked innocuous.
     */
    static void distrustSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        }
    }

    private static void check(Connection c, String name) throws SQLException, ImportException {
        try (Statement s = c.createStatement()) {
            int id;
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                id = rs.getInt(1);
            }
            boolean picture;
            boolean mbtiles;
            boolean gpkg;
            try (ResultSet rs = s.executeQuery("SELECT"
                    + " (SELECT count(*) FROM sqlite_master WHERE name = 'paxmap_versions'),"
                    + " (SELECT count(*) FROM sqlite_master WHERE name = 'tiles')"
                    + "   + (SELECT count(*) FROM sqlite_master WHERE name = 'metadata'),"
                    + " (SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_contents')")) {
                picture = rs.getInt(1) > 0;
                mbtiles = rs.getInt(2) == 2;
                gpkg = rs.getInt(3) > 0;
            }
            if (picture) {
                throw new ImportException(name + ": this is a Paxmap picture; exchange pictures as signed bundles"
                        + " (paxmap bundle export / import), which keep labels and versions");
            }
            if (mbtiles && !gpkg) {
                throw new ImportException(name + ": this is an MBTiles tile set, not a format Paxmap imports as"
                        + " features (open it as a base map)");
            }
            if ((id != GPKG && id != GP10 && id != GP11) || !gpkg) {
                throw new ImportException(name + ": this is an SQLite database but not a GeoPackage, not a format"
                        + " Paxmap imports (" + FormatRecognizer.IMPORTS + ")");
            }
        }
    }

    private static void table(
            Connection c, GeoPackageTables.Table t, String file, ImportContext context, ImportSink sink)
            throws SQLException, ImportException {
        String where = file + ", table '" + t.name() + "'";
        boolean mercator = t.srsId() == 3857 || t.srsId() == 900913;
        if (t.srsId() != 4326 && t.srsId() != 0 && !mercator) {
            sink.skip(
                    "GeoPackage table in EPSG:" + t.srsId(),
                    "Paxmap imports EPSG:4326 or 3857; reproject first (ogr2ogr -t_srs EPSG:4326)");
            return;
        }
        if (t.srsId() == 0) {
            sink.warn(where + ": srs 0 (undefined geographic); coordinates read as WGS 84 longitude/latitude");
        }
        String sql = "SELECT " + GeoPackageTables.quote(t.key()) + " AS paxmap_key, * FROM "
                + GeoPackageTables.quote(t.name());
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                String key = rs.getString(1);
                String item = "feature " + key;
                try {
                    byte[] blob = rs.getBytes(t.geometryColumn());
                    if (blob == null) {
                        sink.skip("GeoPackage feature without a geometry", "nothing to place on the map");
                        continue;
                    }
                    Geometry g;
                    try {
                        g = GeoPackageGeometry.decode(blob);
                    } catch (IllegalArgumentException | ClassCastException e) {
                        if (String.valueOf(e.getMessage()).contains("Unknown WKB type")) {
                            sink.skip(
                                    "GeoPackage curve geometry (CircularString, CompoundCurve, CurvePolygon …)",
                                    "Paxmap stores straight segments; convert curves to lines first");
                            continue;
                        }
                        throw new ItemProblem("the geometry cannot be decoded (" + e.getMessage() + ")");
                    }
                    if (g == null || g.isEmpty()) {
                        sink.skip("GeoPackage feature with an empty geometry", "nothing to place on the map");
                        continue;
                    }
                    g = flat(g, mercator);
                    String type = g.getGeometryType();
                    if (!type.matches("Point|LineString|Polygon|MultiPolygon")) {
                        sink.skip("GeoPackage " + type, "Paxmap has no layer for it; split it into single parts");
                        continue;
                    }
                    feature(rs, meta, t, g, key, file, context, sink);
                } catch (ItemProblem p) {
                    ItemProblems.handle(context, sink, where + ", " + item, "GeoPackage feature", p);
                }
            }
        }
    }

    private static void feature(
            ResultSet rs,
            ResultSetMetaData meta,
            GeoPackageTables.Table t,
            Geometry g,
            String key,
            String file,
            ImportContext context,
            ImportSink sink)
            throws SQLException, ItemProblem, ImportException {
        String title = null;
        List<String> lines = new ArrayList<>();
        for (int i = 2; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i);
            if (column.equals(t.geometryColumn()) || column.equals(t.key())) {
                continue;
            }
            Object v = rs.getObject(i);
            if (v == null || v instanceof byte[]) {
                continue;
            }
            String text = v.toString();
            String lower = column.toLowerCase(Locale.ROOT);
            if (title == null && (lower.equals("name") || lower.equals("title")) && !text.isBlank()) {
                title = text;
            } else if (!text.isBlank()) {
                lines.add(column + ": " + text);
            }
        }
        ForeignId id = ForeignId.of(ImportFormat.GEOPACKAGE, file, file + "/" + t.name() + "#" + key);
        String label = title != null ? title : t.name() + " " + key;
        Feature f;
        String mapping;
        if (g instanceof Point p) {
            f = MappedFeatures.incident(
                    id,
                    context,
                    p,
                    0,
                    ForeignTime.importWeek(context.importTime()),
                    IncidentType.OTHER,
                    Severity.LOW,
                    label,
                    String.join("\n", lines),
                    Casualties.NONE,
                    "");
            mapping = "GeoPackage point → incident, type 'Other', time the import week (no time in the table)";
        } else if (g instanceof LineString line) {
            f = MappedFeatures.route(id, context, line, label, "", context.importTime(), null);
            mapping = "GeoPackage line → patrol route (planned from the import time)";
        } else {
            f = MappedFeatures.zone(
                    id,
                    context,
                    g,
                    new ZoneShape.Drawn(),
                    label,
                    ThreatLevel.MODERATE,
                    ZoneCategory.OTHER,
                    context.importTime(),
                    null);
            mapping = "GeoPackage polygon → zone, threat level moderate, category other";
        }
        sink.feature(new ForeignFeature(f, id, mapping, true));
    }

    /** The geometry in 2D WGS 84: altitude dropped, Web Mercator metres converted to degrees. */
    private static Geometry flat(Geometry g, boolean mercator) {
        Geometry copy = Wgs84.FACTORY.createGeometry(g);
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                if (mercator) {
                    x = Math.toDegrees(x / EARTH_RADIUS);
                    y = Math.toDegrees(Math.atan(Math.sinh(y / EARTH_RADIUS)));
                }
                seq.setOrdinate(i, 0, x);
                seq.setOrdinate(i, 1, y);
                if (seq.getDimension() > 2) {
                    seq.setOrdinate(i, 2, Double.NaN);
                }
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return Wgs84.FACTORY.createGeometry(copy);
    }
}
