package org.paxmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The strings the status bar and the forms show for a position. */
class PositionFormatTest {
    @Test
    void decimalDegreesLatitudeFirst() {
        assertEquals("33.27100, 35.20300", PositionFormat.decimal(35.203, 33.271));
        assertEquals("-33.8688, 151.2093", PositionFormat.decimal(151.2093, -33.8688, 4));
        assertThrows(IllegalArgumentException.class, () -> PositionFormat.decimal(0, 0, 11));
    }

    @Test
    void degreesMinutesSecondsAndDecimalMinutes() {
        assertEquals("33°16'15.6\"N 35°12'10.8\"E", PositionFormat.dms(35.203, 33.271));
        assertEquals("0°30'00.0\"S 0°00'36.0\"W", PositionFormat.dms(-0.01, -0.5));
        assertEquals("59°59'59.9\"N 0°00'00.0\"E", PositionFormat.dms(0, 59.99997));
        assertEquals("33°16.272'N 35°12.198'E", PositionFormat.degreesDecimalMinutes(35.2033, 33.2712));
        assertEquals("33°30.000'S 70°15.000'W", PositionFormat.degreesDecimalMinutes(-70.25, -33.5));
    }

    @Test
    void mgrsAtEachPrecision() {
        // NGA's own test value: 33XVG74594359 is UTM 33N 474590 8643590 (mil.nga.mgrs MGRSTest).
        double lat = 77.8443;
        double lon = 14.5;
        String full = PositionFormat.mgrs(lon, lat);
        assertEquals(full.substring(0, 7), "33X VG ");
        assertEquals(4, full.split(" ").length);
        assertEquals("33X VG", PositionFormat.mgrs(lon, lat, 0));
        String ten = PositionFormat.mgrs(lon, lat, 4);
        assertEquals(full.substring(0, 11), ten.substring(0, 11));
        assertEquals("", PositionFormat.mgrs(0, 85), "UPS beyond 84°N");
        assertEquals("", PositionFormat.mgrs(0, -81), "UPS beyond 80°S");
        assertThrows(IllegalArgumentException.class, () -> PositionFormat.mgrs(0, 0, 6));
    }
}
