package org.paxmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Military date-time groups read to the instant they name and written back in Z. */
class DateTimeGroupTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "241530ZNOV26          | 2026-11-24T15:30:00Z",
                "241530Z NOV 26        | 2026-11-24T15:30:00Z",
                "241530z nov 26        | 2026-11-24T15:30:00Z",
                "24 1530Z NOV 2026     | 2026-11-24T15:30:00Z",
                "010000ZJAN00          | 2000-01-01T00:00:00Z",
                "291200ZFEB28          | 2028-02-29T12:00:00Z",
                "311159ZDEC99          | 2099-12-31T11:59:00Z",
                // A = UTC+1 … I = +9, K = +10, L = +11, M = +12; N = −1 … Y = −12 (the military zone letters)
                "241630ANOV26          | 2026-11-24T15:30:00Z",
                "241730BNOV26          | 2026-11-24T15:30:00Z",
                "250030INOV26          | 2026-11-24T15:30:00Z",
                "250130KNOV26          | 2026-11-24T15:30:00Z",
                "250330MNOV26          | 2026-11-24T15:30:00Z",
                "241430NNOV26          | 2026-11-24T15:30:00Z",
                "241030RNOV26          | 2026-11-24T15:30:00Z",
                "240330YNOV26          | 2026-11-24T15:30:00Z",
                "010030BJAN27          | 2026-12-31T22:30:00Z",
            })
    void readsTheInstant(String text, String expected) {
        DateTimeGroup dtg = DateTimeGroup.parse(text);
        assertEquals(Instant.parse(expected), dtg.instant());
        assertEquals(text.replace(" ", "").toUpperCase().replace("2026", "26"), dtg.toString());
    }

    @Test
    void writesAnInstantInZulu() {
        assertEquals("241530ZNOV26", DateTimeGroup.format(Instant.parse("2026-11-24T15:30:59Z")));
        assertEquals("010000ZJAN00", DateTimeGroup.format(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals("050905ZMAR27", DateTimeGroup.format(Instant.parse("2027-03-05T09:05:00Z")));
        Instant instant = Instant.parse("2026-09-14T06:45:00Z");
        assertEquals(instant, DateTimeGroup.parse(DateTimeGroup.format(instant)).instant());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "321530ZNOV26   | day 32 does not exist in NOV 2026",
                "311530ZNOV26   | day 31 does not exist in NOV 2026",
                "291200ZFEB27   | day 29 does not exist in FEB 2027",
                "001200ZFEB27   | day 0 does not exist in FEB 2027",
                "241530ZNVO26   | unknown month 'NVO'",
                "241530ZNOVE26  | unknown month 'NOVE'",
                "241530JNOV26   | zone letter 'J' is not a time zone",
                "242430ZNOV26   | hour 24 must be below 24",
                "241560ZNOV26   | minute 60 must be below 60",
                "241530ZNOV     | has no year",
                "241530ZNOV026  | year '026' must be two digits (20yy) or four",
                "2415ZNOV26     | cannot read '2415ZNOV26' as a date-time group",
                "2415301NOV26   | has no time-zone letter",
                "241530Z26      | has no month",
            })
    void refusesNamingThePart(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTimeGroup.parse(text));
        assertTrue(
                e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' should contain '" + expected + "'");
    }
}
