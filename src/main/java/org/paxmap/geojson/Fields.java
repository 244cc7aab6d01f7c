package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Typed reads of members of a JSON object, refusing wrong kinds, unknown codes and values beyond {@link
 * ContentLimits} (text length, unpaired surrogates, times outside 1900–2200) with a {@link FeatureProblem} that names
 * the field. Thread-safe (stateless).
 */
final class Fields {
    private Fields() {}

    /** A text member, or {@code fallback} when absent or null; refuses non-strings and text beyond the limits. */
    static String text(JsonNode object, String name, String path, String fallback) throws FeatureProblem {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new FeatureProblem(path + name, "must be a string, not " + GeometryJson.kind(v));
        }
        return ContentLimits.text(v.textValue(), path + name);
    }

    /** A required text member. */
    static String requiredText(JsonNode object, String name, String path) throws FeatureProblem {
        String v = text(object, name, path, null);
        if (v == null || v.isBlank()) {
            throw new FeatureProblem(path + name, "is missing");
        }
        return v;
    }

    /** A number member, or {@code fallback} when absent or null; refuses non-numbers and non-finite values. */
    static double number(JsonNode object, String name, String path, double fallback) throws FeatureProblem {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new FeatureProblem(path + name, "must be a finite number, not " + GeometryJson.kind(v));
        }
        return v.doubleValue();
    }

    /** A non-negative whole-number member, or {@code fallback}. */
    static int count(JsonNode object, String name, String path, int fallback) throws FeatureProblem {
        double d = number(object, name, path, fallback);
        if (d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new FeatureProblem(
                    path + name,
                    "must be a whole number >= 0, not " + object.get(name).asText());
        }
        return (int) d;
    }

    /** A required boolean member, or {@code fallback} when absent. */
    static boolean bool(JsonNode object, String name, String path, boolean fallback) throws FeatureProblem {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new FeatureProblem(path + name, "must be true or false, not " + GeometryJson.kind(v));
        }
        return v.booleanValue();
    }

    /** An RFC 3339 UTC instant member within 1900–2200, or {@code null} when absent or null. */
    static Instant instant(JsonNode object, String name, String path) throws FeatureProblem {
        String t = text(object, name, path, null);
        if (t == null) {
            return null;
        }
        Instant parsed;
        try {
            parsed = Instant.parse(t.trim());
        } catch (DateTimeParseException e) {
            throw new FeatureProblem(path + name, "'" + t + "' is not an RFC 3339 time such as 2024-05-01T10:00:00Z");
        }
        return ContentLimits.time(parsed, path + name);
    }

    /** A required instant member. */
    static Instant requiredInstant(JsonNode object, String name, String path) throws FeatureProblem {
        Instant i = instant(object, name, path);
        if (i == null) {
            throw new FeatureProblem(path + name, "is missing");
        }
        return i;
    }

    /** A code parsed with {@code parser} (an enum's parsing method); refuses unknown codes with the parser's words. */
    static <T> T code(JsonNode object, String name, String path, Function<String, T> parser, T fallback)
            throws FeatureProblem {
        String t = text(object, name, path, null);
        if (t == null) {
            if (fallback == null) {
                throw new FeatureProblem(path + name, "is missing");
            }
            return fallback;
        }
        try {
            return parser.apply(t);
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(path + name, e.getMessage());
        }
    }
}
