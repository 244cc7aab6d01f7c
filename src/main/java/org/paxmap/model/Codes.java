package org.paxmap.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Conversions between enum constants and the lower-case codes stored in files and databases. Thread-safe. A stored
 * code is looked up directly (a store read parses one per row); any other spelling goes through the normalisation.
 */
final class Codes {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/]+");

    /** Per enum type, its constants by their exact code. */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(of((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(byCode);
        }
    };

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
        Enum<?> exact = BY_CODE.get(type).get(code);
        if (exact != null) {
            return type.cast(exact);
        }
        String key = SEPARATORS.matcher(code.trim().toUpperCase(Locale.ROOT)).replaceAll("_");
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
