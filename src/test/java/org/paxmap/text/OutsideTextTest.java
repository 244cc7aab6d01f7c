package org.paxmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one function for outside text: what it makes visible, what it leaves alone, and that it is idempotent. */
class OutsideTextTest {
    @ParameterizedTest
    @CsvSource({
        "0, \\u{0}", // NUL
        "9, \\u{9}", // tab
        "10, \\u{A}", // line feed
        "13, \\u{D}", // carriage return
        "27, \\u{1B}", // ESC
        "127, \\u{7F}", // DEL
        "133, \\u{85}", // NEL (C1)
        "155, \\u{9B}", // CSI (C1)
        "173, \\u{AD}", // soft hyphen
        "1564, \\u{61C}", // Arabic letter mark
        "8203, \\u{200B}", // zero-width space
        "8206, \\u{200E}", // LRM
        "8207, \\u{200F}", // RLM
        "8232, \\u{2028}", // line separator
        "8233, \\u{2029}", // paragraph separator
        "8234, \\u{202A}", // LRE
        "8238, \\u{202E}", // RLO
        "8294, \\u{2066}", // LRI
        "8297, \\u{2069}", // PDI
        "65279, \\u{FEFF}", // byte order mark
        "917505, \\u{E0001}", // language tag
        "55357, \\u{D83D}", // a lone high surrogate
        "56832, \\u{DE00}" // a lone low surrogate
    })
    void everyHiddenCodePointIsEscaped(int codePoint, String escape) {
        String text = "a" + new String(Character.toChars(codePoint)) + "b";
        assertEquals("a" + escape + "b", OutsideText.visible(text));
        assertTrue(OutsideText.isHidden(codePoint));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EXERCISE — Minefield, Blue Line at Labbouneh",
                "Réservoir d'eau, Naqoura",
                "مرجعيون",
                "חיפה",
                "北京 😀",
                "C:\\maps\\sector.gpkg",
                ""
            })
    void ordinaryTextIsLeftAsItIs(String text) {
        assertSame(text, OutsideText.visible(text));
        text.codePoints().forEach(cp -> assertFalse(OutsideText.isHidden(cp), Integer.toHexString(cp)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ok\r\u001b[2K\u001b[8mimported 15 features",
                "\u202Etxt.exe\u202C",
                "line\nfake line",
                "\u009b2K\u0085",
                "half \uD83D pair"
            })
    void theResultHoldsNothingHiddenAndIsStable(String hostile) {
        String shown = OutsideText.visible(hostile);
        shown.codePoints().forEach(cp -> assertFalse(OutsideText.isHidden(cp), shown));
        assertEquals(shown, OutsideText.visible(shown), "idempotent");
    }

    @org.junit.jupiter.api.Test
    void nullIsShownAsTheWordNull() {
        assertEquals("null", OutsideText.visible((String) null));
        assertEquals("null", OutsideText.visible((Object) null));
    }
}
