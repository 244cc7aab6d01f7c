package org.paxmap.model;

import java.util.Locale;

/** Conversions between enum constants and the lower-case codes stored in files and databases. */
final class Codes {
    private Codes() {}

    /** The stable code of a constant: its name in lower case, e.g. {@code HOSTILE_ACTIVITY -> hostile_activity}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a code (case-insensitive; spaces, hyphens and slashes read as underscores) into a constant of {@code
     * type}, or throws an {@link IllegalArgumentException} naming what was expected.
     */
    static <E extends Enum<E>> E parse(Class<E> type, String what, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String key = code.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-/]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(of(constant));
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "' (known: " + known + ")");
    }
}
