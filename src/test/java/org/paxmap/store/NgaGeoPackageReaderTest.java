package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.sf.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;

/** NGA's GeoPackage library, an independent reader, reads a picture: layers, counts, coordinates, R*Tree. */
class NgaGeoPackageReaderTest {
    @TempDir
    Path dir;

    @Test
    void ngaReadsTheLayersCountsACoordinateAndTheRtreeExtension() throws Exception {
        Path file = dir.resolve("nga.gpkg");
        Incident known = StoreSamples.incident(35.5123456, 33.2745678, "Known point")
                .withLocation(Wgs84.point(35.5123456, 33.2745678));
        try (PictureStore store = PictureStore.create(file, StoreSamples.NODE)) {
            store.saveAll(List.<Feature>of(
                    known,
                    StoreSamples.incident(35.1, 33.1, "Other"),
                    StoreSamples.route("BLUE 1", StoreSamples.T0, StoreSamples.T0.plusSeconds(60)),
                    StoreSamples.zone("Zone", null, StoreSamples.T0, null)));
        }
        GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false);
        try {
            assertTrue(
                    gpkg.getFeatureTables().containsAll(List.of("incidents", "routes", "zones")),
                    gpkg.getFeatureTables().toString());
            FeatureDao incidents = gpkg.getFeatureDao("incidents");
            assertEquals(2, incidents.count());
            assertEquals(1, gpkg.getFeatureDao("routes").count());
            assertEquals(1, gpkg.getFeatureDao("zones").count());
            assertEquals("POINT", incidents.getGeometryType().getName());
            FeatureResultSet rows = incidents.queryForEq("uuid", known.id().toString());
            try {
                assertTrue(rows.moveToNext());
                Point p = (Point) rows.getRow().getGeometry().getGeometry();
                assertEquals(35.5123456, p.getX(), 1e-12);
                assertEquals(33.2745678, p.getY(), 1e-12);
                assertEquals("Known point", rows.getRow().getValue("title"));
            } finally {
                rows.close();
            }
            RTreeIndexExtension rtree = new RTreeIndexExtension(gpkg);
            assertTrue(rtree.has("incidents"), "R*Tree extension registered for incidents");
            assertTrue(rtree.has("zones"));
            assertTrue(gpkg.isTable("rtree_incidents_geom"), "the R*Tree virtual table exists");
        } finally {
            gpkg.close();
        }
    }
}
