package org.paxmap.model;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/** Node ids: the name a Paxmap installation signs and versions its edits with. Thread-safe. */
public final class NodeIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodeIds() {}

    /** A fresh random node id of the form {@code LOCAL-3F9A2C1E}, for a picture whose user named none. */
    public static String random() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "LOCAL-" + HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
    }
}
