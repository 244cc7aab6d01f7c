package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.paxmap.geo.Wgs84;

class GeoPackageGeometryTest {
    private static Geometry wkt(String text) throws Exception {
        return new WKTReader(Wgs84.FACTORY).read(text);
    }

    @Test
    void aPointIsWrittenWithALittleEndianHeaderWithoutEnvelopeThenWkb() {
        byte[] blob = GeoPackageGeometry.encode(Wgs84.point(35.5, 33.25));
        assertEquals(8 + 21, blob.length);
        assertEquals('G', blob[0]);
        assertEquals('P', blob[1]);
        assertEquals(0, blob[2], "version 0");
        assertEquals(0b0000_0001, blob[3], "flags: little-endian, no envelope, not empty");
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(4326, b.getInt(4));
        assertEquals(1, blob[8], "WKB little-endian");
        assertEquals(1, b.getInt(9), "WKB type Point, 2D");
        assertEquals(35.5, b.getDouble(13));
        assertEquals(33.25, b.getDouble(21));
    }

    @Test
    void aPolygonCarriesItsEnvelopeInMinxMaxxMinyMaxyOrder() throws Exception {
        byte[] blob = GeoPackageGeometry.encode(wkt("MULTIPOLYGON (((35 33, 36 33, 36 34.5, 35 33)))"));
        assertEquals(0b0000_0011, blob[3], "flags: little-endian, envelope [minx,maxx,miny,maxy]");
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(35.0, b.getDouble(8));
        assertEquals(36.0, b.getDouble(16));
        assertEquals(33.0, b.getDouble(24));
        assertEquals(34.5, b.getDouble(32));
        assertEquals(6, b.getInt(41), "WKB type MultiPolygon after the 32-byte envelope");
    }

    @Test
    void everyLayerGeometryRoundTrips() throws Exception {
        for (String text : new String[] {
            "POINT (35.1234567 33.7654321)",
            "LINESTRING (35 33, 35.5 33.2, 36 33.1)",
            "MULTIPOLYGON (((35 33, 36 33, 36 34, 35 34, 35 33), (35.2 33.2, 35.4 33.2, 35.4 33.4, 35.2 33.2)),"
                    + " ((37 33, 38 33, 38 34, 37 33)))"
        }) {
            Geometry g = wkt(text);
            Geometry back = GeoPackageGeometry.decode(GeoPackageGeometry.encode(g));
            assertTrue(g.equalsExact(back), text + " came back as " + back);
            assertEquals(4326, back.getSRID());
        }
    }

    @Test
    void boundsComeFromTheEnvelopeOrThePointWkbAsTheRtreeTriggersNeed() throws Exception {
        byte[] point = GeoPackageGeometry.encode(Wgs84.point(35.5, 33.25));
        assertArrayEquals(new double[] {35.5, 35.5, 33.25, 33.25}, bounds(point));
        byte[] line = GeoPackageGeometry.encode(wkt("LINESTRING (35 33, 35.5 34, 36 33.1)"));
        assertArrayEquals(new double[] {35, 36, 33, 34}, bounds(line));
        assertFalse(GeoPackageGeometry.isEmpty(line));
    }

    @Test
    void emptyGeometriesAreFlaggedEmptyAndNullStaysNull() {
        byte[] empty = GeoPackageGeometry.encode(Wgs84.FACTORY.createLineString());
        assertEquals(0b0001_0001, empty[3], "flags: little-endian, empty, no envelope");
        assertTrue(GeoPackageGeometry.isEmpty(empty));
        assertTrue(GeoPackageGeometry.decode(empty).isEmpty());
        assertNull(GeoPackageGeometry.encode(null));
        assertNull(GeoPackageGeometry.decode(null));
    }

    @Test
    void aBlobWithoutTheGpMagicIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> GeoPackageGeometry.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    private static double[] bounds(byte[] blob) {
        return new double[] {
            GeoPackageGeometry.bound(blob, 0),
            GeoPackageGeometry.bound(blob, 1),
            GeoPackageGeometry.bound(blob, 2),
            GeoPackageGeometry.bound(blob, 3)
        };
    }
}
