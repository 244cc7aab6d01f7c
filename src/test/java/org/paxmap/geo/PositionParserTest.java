package org.paxmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mil.nga.mgrs.MGRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What analysts type becomes the position they meant, or a refusal that names the part and the reason. */
class PositionParserTest {
    private static final double DMS_LAT = 33 + 16 / 60.0 + 16.3 / 3600; // 33°16'16.3"
    private static final double DMS_LON = 35 + 12 / 60.0 + 11.9 / 3600; // 35°12'11.9"

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "33.2712, 35.2033          | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "33.2712,35.2033           | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "33.2712 35.2033           | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "33.2712N 35.2033E         | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "35.2033E 33.2712N         | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "N33.2712 E35.2033         | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "e35.2033 n33.2712         | 33.2712  | 35.2033  | 11.132 | DECIMAL_DEGREES",
                "33.5S 151.2E              | -33.5    | 151.2    | 11132  | DECIMAL_DEGREES",
                "-33.5 151.2               | -33.5    | 151.2    | 11132  | DECIMAL_DEGREES",
                "−33.5; −70.25             | -33.5    | -70.25   | 11132  | DECIMAL_DEGREES",
                "33 35                     | 33       | 35       | 111320 | DECIMAL_DEGREES",
                "N33°16.272' E35°12.198'   | 33.2712  | 35.2033  | 1.8553 | DEGREES_DECIMAL_MINUTES",
                "33 16.272 S 35 12.198 W   | -33.2712 | -35.2033 | 1.8553 | DEGREES_DECIMAL_MINUTES",
            })
    void readsDecimalDegreesAndMinutes(
            String text, double lat, double lon, double precision, PositionNotation notation) {
        ParsedPosition p = PositionParser.parse(text);
        assertEquals(lat, p.latitude(), 1e-9);
        assertEquals(lon, p.longitude(), 1e-9);
        assertEquals(precision, p.precisionMetres(), precision * 1e-3);
        assertEquals(notation, p.notation());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "33°16'16.3\"N 35°12'11.9\"E",
                "33°16′16.3″N 35°12′11.9″E",
                "33°16'16.3''N 35°12'11.9''E",
                "33 16 16.3 N 035 12 11.9 E",
                "N 33 16 16.3, E 035 12 11.9",
                "35°12'11.9\"E 33°16'16.3\"N",
                "33°16'16.3\" 35°12'11.9\"",
                "33 16 16.3 35 12 11.9",
            })
    void readsDegreesMinutesSeconds(String text) {
        ParsedPosition p = PositionParser.parse(text);
        assertEquals(DMS_LAT, p.latitude(), 1e-9);
        assertEquals(DMS_LON, p.longitude(), 1e-9);
        assertEquals(111_320 / 36000.0, p.precisionMetres(), 1e-6, "a tenth of a second");
        assertEquals(PositionNotation.DEGREES_MINUTES_SECONDS, p.notation());
    }

    @Test
    void coarserCoordinateSetsThePrecision() {
        assertEquals(1113.2, PositionParser.parse("33.27, 35.2033").precisionMetres(), 1e-6);
        assertEquals(
                111_320 / 3600.0,
                PositionParser.parse("33 16 16 N 35 12 11.9 E").precisionMetres(),
                1e-6);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "36SYC1234567890       | 1",
                "36S YC 12345 67890    | 1",
                "36s yc 1234 6789      | 10",
                "36SYC123678           | 100",
                "36SYC1267             | 1000",
                "36SYC16               | 10000",
                "36SYC                 | 100000",
            })
    void readsMgrsAtEveryPrecisionAsTheCentreOfItsSquare(String text, int size) throws Exception {
        ParsedPosition p = PositionParser.parse(text);
        assertEquals(size, p.precisionMetres());
        assertEquals(PositionNotation.MGRS, p.notation());
        // The square's south-west corner as NGA converts it, and the centre half a square up and to the right.
        MGRS corner = MGRS.parse(text.replace(" ", "").toUpperCase());
        MGRS centre = MGRS.create(
                corner.getZone(),
                corner.getBand(),
                corner.getColumn(),
                corner.getRow(),
                corner.getEasting() + size / 2,
                corner.getNorthing() + size / 2);
        assertEquals(centre.toPoint().getLatitude(), p.latitude(), 1e-9);
        assertEquals(centre.toPoint().getLongitude(), p.longitude(), 1e-9);
        // 36S YC lies over south Lebanon and the Galilee.
        assertTrue(p.latitude() > 32 && p.latitude() < 35 && p.longitude() > 35 && p.longitude() < 37, p.toString());
        // The reference written back at the same precision names the same square.
        int digits = 5 - (int) Math.round(Math.log10(size));
        assertEquals(
                corner.coordinate(digits),
                PositionFormat.mgrs(p.longitude(), p.latitude(), digits).replace(" ", ""));
    }

    @Test
    void mgrsCentreIsHalfASquareFromTheCorner() throws Exception {
        ParsedPosition metre = PositionParser.parse("36SYC1230067800");
        ParsedPosition hundred = PositionParser.parse("36SYC123678");
        assertEquals(1, metre.precisionMetres(), "trailing zeros typed are digits: 1 m, not 100 m");
        assertEquals(100, hundred.precisionMetres());
        double north = (hundred.latitude() - metre.latitude()) * 110_900;
        assertEquals(50, north, 2, "the 100 m square's centre is 50 m north of its corner");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "95, 35                      | latitude 95 is outside −90…90",
                "95N 35E                     | latitude 95 is outside −90…90",
                "-90.5 10                    | latitude -90.5 is outside −90…90",
                "33, 190                     | longitude 190 is outside −180…180",
                "33 61 0 N 35 0 0 E          | minutes 61 must be below 60",
                "33°16'60\"N 35°12'11.9\"E   | seconds 60 must be below 60",
                "33.5 16 N 35 12 E           | degrees 33.5 must be a whole number when minutes follow",
                "33 16.5 10 N 35 12 11 E     | minutes 16.5 must be a whole number when seconds follow",
                "36SYC1234567890X            | cannot read '36SYC1234567890X' as a position",
                "61SYC1234567890             | MGRS grid zone 61 does not exist",
                "0SYC12                      | MGRS grid zone 0 does not exist",
                "36ZYC12                     | MGRS latitude band 'Z' does not exist",
                "36SYI12                     | MGRS 100 km square 'YI' does not exist",
                "36SYW12                     | MGRS 100 km square 'YW' does not exist",
                "36SYC123                    | MGRS easting and northing must have the same number of digits",
                "36SYC123456789012           | MGRS easting and northing have at most 5 digits each",
                "33.27.12                    | cannot read '33.27.12' as a position: expected decimal degrees, DMS or MGRS",
                "hello                       | cannot read 'hello' as a position: expected decimal degrees, DMS or MGRS",
                "33.2712N 35.2033N           | both coordinates are latitudes (N/S)",
                "35E 33W                     | both coordinates are longitudes (E/W)",
                "33.2712N 35.2033            | give a hemisphere letter (N/S, E/W) for both coordinates or for neither",
                "-33.5S 151.2E               | has both a minus sign and a hemisphere letter",
                "33.2712                     | expected two coordinates, latitude and longitude",
                "33 16 16.3, 35              | write both coordinates the same way",
                "33°16'10°N 35°E             | the seconds are marked with °",
                "1 2 3 4 5 6 7 8             | too many numbers",
            })
    void refusesNamingThePartAndTheReason(String text, String expected) {
        PositionParseException e = assertThrows(PositionParseException.class, () -> PositionParser.parse(text));
        assertTrue(
                e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' should contain '" + expected + "'");
        assertEquals(text, e.input());
    }

    @Test
    void refusesEmptyInput() {
        assertThrows(PositionParseException.class, () -> PositionParser.parse(" "));
        assertThrows(PositionParseException.class, () -> PositionParser.parse(null));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource({"35.2033, 33.2712", "-70.6693, -33.4489", "151.2093, -33.8688", "-0.0001, 51.4779", "179.9, 0.5"})
    void everythingTheFormatterWritesIsReadBack(double lon, double lat) {
        assertSame(lon, lat, 1e-5, PositionFormat.decimal(lon, lat));
        assertSame(lon, lat, 1e-7, PositionFormat.decimal(lon, lat, 7));
        assertSame(lon, lat, 0.05 / 3600, PositionFormat.dms(lon, lat));
        assertSame(lon, lat, 0.0005 / 60, PositionFormat.degreesDecimalMinutes(lon, lat));
        // MGRS truncates to the square and the parser returns its centre: within a square's diagonal.
        ParsedPosition m = PositionParser.parse(PositionFormat.mgrs(lon, lat));
        assertEquals(lat, m.latitude(), 2e-5);
        assertEquals(lon, m.longitude(), 2e-5 / Math.cos(Math.toRadians(lat)));
    }

    private static void assertSame(double lon, double lat, double tolerance, String text) {
        ParsedPosition p = PositionParser.parse(text);
        assertEquals(lat, p.latitude(), tolerance * 1.0001, text);
        assertEquals(lon, p.longitude(), tolerance * 1.0001, text);
    }
}
