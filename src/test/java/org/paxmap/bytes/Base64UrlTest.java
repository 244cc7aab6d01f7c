package org.paxmap.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One spelling per value: the strict decoder refuses padding, other alphabets and non-canonical trailing bits. */
class Base64UrlTest {
    @Test
    void encodesUnpaddedWithTheUrlAlphabetAndDecodesItBack() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 0x01};
        assertThat(Base64Url.encode(bytes)).isEqualTo("-_8B");
        assertThat(Base64Url.encode("ab".getBytes(StandardCharsets.US_ASCII))).isEqualTo("YWI");
        assertThat(Base64Url.encode(new byte[0])).isEmpty();
        for (int n = 0; n < 40; n++) {
            byte[] data = new byte[n];
            for (int i = 0; i < n; i++) {
                data[i] = (byte) (i * 37 + n);
            }
            assertThat(decodes(Base64Url.encode(data))).isEqualTo(data);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"YWI=", "YW I", "YW+I", "YW/I", "Y", "YWJjZ", "YWI\n"})
    void refusesWhatIsNotUnpaddedBase64url(String text) {
        assertThatThrownBy(() -> Base64Url.decode(text))
                .isInstanceOfSatisfying(Base64Url.Malformed.class, e -> assertThat(e.canonicalOnly())
                        .isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"YWJ", "YR", "AB"})
    void refusesANonCanonicalSpellingAsSuch(String text) {
        assertThatThrownBy(() -> Base64Url.decode(text))
                .isInstanceOfSatisfying(Base64Url.Malformed.class, e -> assertThat(e.canonicalOnly())
                        .isTrue());
    }

    private static byte[] decodes(String text) {
        try {
            return Base64Url.decode(text);
        } catch (Base64Url.Malformed e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }
}
