package org.paxmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void quantisedCoordinatesTakeTheFastPathAndItAgreesWithTheExactSearch() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            double degrees = (random.nextDouble() * 360 - 180) * Math.pow(10, -random.nextInt(7));
            double value = org.paxmap.geo.Wgs84.quantise(degrees);
            if (value == Math.rint(value)) {
                continue;
            }
            String grid = CanonicalJson.onSevenDecimalGrid(value);
            if (grid != null) {
                fast++;
                assertEquals(CanonicalJson.shortestDigits(value), grid, "value " + value);
            }
        }
        assertEquals(true, fast > 150_000, "most quantised values take the fast path, " + fast + " did");
        assertEquals(null, CanonicalJson.onSevenDecimalGrid(0.1 + 0.2), "0.30000000000000004 is not on the grid");
        assertEquals(null, CanonicalJson.onSevenDecimalGrid(1e-7), "below 1e-6 ECMAScript uses an exponent");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ // RFC 8785 Appendix B
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void numbersAreWrittenAsEcmaScriptDoes(String ieeeHex, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieeeHex, 16));
        assertEquals(expected, CanonicalJson.number(value));
    }

    @Test
    void quantisedCoordinatesKeepTheirShortForm() {
        assertEquals("35.5123456", CanonicalJson.number(35.5123456));
        assertEquals("-1e-7", CanonicalJson.number(-1e-7));
        assertEquals("0.000001", CanonicalJson.number(1e-6));
        assertEquals("0.1", CanonicalJson.number(0.1));
        assertEquals("250", CanonicalJson.number(250.0));
    }

    @Test
    void rfc8785PrimitivesExampleIsCanonicalised() throws Exception {
        String input =
                """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertEquals(expected, CanonicalJson.string(MAPPER.readTree(input)));
    }

    @Test
    void membersAreSortedByUtf16CodeUnits() throws Exception {
        String input =
                """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertEquals(expected, CanonicalJson.string(MAPPER.readTree(input)));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.number(Double.POSITIVE_INFINITY));
    }
}
