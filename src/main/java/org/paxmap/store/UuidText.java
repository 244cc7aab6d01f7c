package org.paxmap.store;

import java.util.UUID;

/**
 * Reads a feature's {@code uuid} column from its stored bytes (the canonical 36-character form, ASCII) without making
 * a {@code String} first: the map's viewport query reads one per feature, and going through {@code getString} and
 * {@link UUID#fromString} cost the medium viewport a measurable share of its time. Stateless.
 */
final class UuidText {
    private UuidText() {}

    /** The UUID written in {@code text} ({@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, either case). */
    static UUID parse(byte[] text) {
        if (text == null
                || text.length != 36
                || text[8] != '-'
                || text[13] != '-'
                || text[18] != '-'
                || text[23] != '-') {
            throw new IllegalArgumentException("not a UUID: "
                    + (text == null ? "null" : new String(text, java.nio.charset.StandardCharsets.US_ASCII)));
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            int v = Character.digit(text[i], 16);
            if (v < 0) {
                throw new IllegalArgumentException(
                        "not a UUID: " + new String(text, java.nio.charset.StandardCharsets.US_ASCII));
            }
            if (digits++ < 16) {
                high = (high << 4) | v;
            } else {
                low = (low << 4) | v;
            }
        }
        return new UUID(high, low);
    }
}
