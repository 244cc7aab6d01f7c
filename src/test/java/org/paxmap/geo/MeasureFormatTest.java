package org.paxmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distances, bearings and areas as the plotting tools display them. */
class MeasureFormatTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0 m",
        "849.6, 850 m",
        "999.4, 999 m",
        "999.6, 1.00 km",
        "2345, 2.35 km",
        "23456, 23.5 km",
        "234567, 235 km",
        "5853226, 5853 km"
    })
    void distances(double metres, String expected) {
        assertEquals(expected, MeasureFormat.distance(metres));
    }

    @ParameterizedTest
    @CsvSource({"1852, 1.0 NM", "22964.8, 12.4 NM", "5853226, 3160 NM"})
    void nauticalMiles(double metres, String expected) {
        assertEquals(expected, MeasureFormat.nauticalMiles(metres));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 000°, 0000 mil",
        "45, 045°, 0800 mil",
        "53.47, 053°, 0951 mil",
        "90, 090°, 1600 mil",
        "180, 180°, 3200 mil",
        "270, 270°, 4800 mil",
        "359.6, 000°, 6393 mil",
        "359.99, 000°, 0000 mil",
        "359.0, 359°, 6382 mil",
        "-90, 270°, 4800 mil",
        "720, 000°, 0000 mil"
    })
    void bearingsInDegreesAndMils(double degrees, String threeDigit, String mils) {
        assertEquals(threeDigit, MeasureFormat.bearing(degrees));
        assertEquals(mils, MeasureFormat.mils(degrees));
    }

    @ParameterizedTest
    @CsvSource({
        "850, 850 m², 0.1 ha",
        "9999.4, 9999 m², 1.0 ha",
        "125000, 12.5 ha, 12.5 ha",
        "3250000, 3.25 km², 325.0 ha",
        "1250000000, 1250 km², 125000.0 ha"
    })
    void areas(double squareMetres, String auto, String hectares) {
        assertEquals(auto, MeasureFormat.area(squareMetres));
        assertEquals(hectares, MeasureFormat.hectares(squareMetres));
    }
}
