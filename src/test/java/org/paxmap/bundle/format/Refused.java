package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** Asserts a precise refusal: its kind, and a message naming the bundle file and the given entry/feature/field. */
final class Refused {
    private Refused() {}

    static BundleException by(BundleRefusal kind, Path file, SignerKeys keys, String... mentions) {
        return by(kind, file, keys, BundleLimits.DEFAULTS, mentions);
    }

    static BundleException by(BundleRefusal kind, Path file, SignerKeys keys, BundleLimits limits, String... mentions) {
        BundleException e = assertThrows(BundleException.class, () -> new BundleReader(keys, limits).read(file));
        assertEquals(kind, e.kind(), e.getMessage());
        String message = e.getMessage();
        assertTrue(message.startsWith(file.getFileName() + ": "), "names the bundle file: " + message);
        for (String m : mentions) {
            assertTrue(message.contains(m), "mentions '" + m + "': " + message);
        }
        assertFalse(message.contains("\tat "), "no stack trace in the message");
        return e;
    }
}
