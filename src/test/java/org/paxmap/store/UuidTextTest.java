package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidTextTest {
    @Test
    void readsWhatUuidWritesInEitherCase() {
        for (int i = 0; i < 1000; i++) {
            UUID id = i == 0 ? new UUID(-1, -1) : i == 1 ? new UUID(0, 0) : UUID.randomUUID();
            assertEquals(id, UuidText.parse(id.toString().getBytes(StandardCharsets.US_ASCII)));
            assertEquals(
                    id, UuidText.parse(id.toString().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)));
        }
    }

    @Test
    void refusesWhatIsNotACanonicalUuid() {
        for (String bad : new String[] {
            "",
            "1234",
            "3046a00f-ef82-3104-8bc8-9b86ee92ee1",
            "3046a00f+ef82-3104-8bc8-9b86ee92ee1f",
            "3046a00g-ef82-3104-8bc8-9b86ee92ee1f"
        }) {
            assertThrows(IllegalArgumentException.class, () -> UuidText.parse(bad.getBytes(StandardCharsets.US_ASCII)));
        }
        assertThrows(IllegalArgumentException.class, () -> UuidText.parse(null));
    }
}
