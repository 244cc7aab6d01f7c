package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) for Jackson trees: object members sorted by the UTF-16 code units of
 * their names, no whitespace, strings with only the mandatory escapes, and numbers in ECMAScript's shortest
 * round-trip form ({@code Number.prototype.toString}). Thread-safe (stateless).
 *
 * <p>Numbers are treated as IEEE-754 doubles, as JCS requires: integers beyond 2^53 lose precision. NaN and
 * infinities cannot be written and are refused with an {@link IllegalArgumentException}.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] bytes(JsonNode node) {
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code node}. */
    public static String string(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
            members.addAll(node.properties());
            // String.compareTo compares UTF-16 code units, which is exactly JCS's ordering.
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(members.get(i).getKey(), out);
                out.append(':');
                write(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNumber()) {
            out.append(number(node.doubleValue()));
        } else {
            throw new IllegalArgumentException("cannot canonicalise a JSON " + node.getNodeType());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00")
                                .append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The ECMAScript {@code Number.prototype.toString()} form of {@code value} (RFC 8785 §3.2.2.3). */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON cannot hold the number " + value);
        }
        if (value == 0) {
            return "0"; // also -0
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String grid = onSevenDecimalGrid(value);
        return grid != null ? grid : shortestDigits(value);
    }

    /**
     * The ECMAScript form of a value that is the double nearest to a decimal with at most seven fraction digits
     * (every quantised coordinate), or {@code null} for any other value. For such a value with {@code 1e-6 <= |v| <
     * 1e8} that decimal, trailing zeros removed, is the unique shortest round-tripping form: the double's spacing
     * there is below 1.5e-8, and any other decimal of no more digits lies on the same 1e-7 grid, at least 1e-7 away.
     * This skips the BigDecimal search, which dominates hashing a feature otherwise.
     */
    static String onSevenDecimalGrid(double value) {
        double magnitude = Math.abs(value);
        if (magnitude < 1e-6 || magnitude >= 1e8) {
            return null;
        }
        long k = Math.round(value * 1e7);
        if (k / 1e7 != value) {
            return null;
        }
        long units = Math.abs(k);
        String fraction = Long.toString(10_000_000 + units % 10_000_000).substring(1);
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return (value < 0 ? "-" : "") + units / 10_000_000 + (end == 0 ? "" : "." + fraction.substring(0, end));
    }

    /** The ECMAScript Number::toString form of a finite, non-integral value, found exactly with BigDecimal. */
    static String shortestDigits(double value) {
        // Shortest digits that round-trip; Double.toString is a correct upper bound (JDK 17 may emit one digit too
        // many), so shorten while the value still round-trips. Rounding half-even gives the closest such digits.
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = new BigDecimal(Double.toString(value));
        for (int p = shortest.precision() - 1; p >= 1; p--) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() != value) {
                break;
            }
            shortest = candidate;
        }
        if (shortest.precision() == new BigDecimal(Double.toString(value)).precision()) {
            // Same length: prefer the closest digits of that length (matches ECMAScript's tie rule).
            BigDecimal closest = exact.round(new MathContext(shortest.precision(), RoundingMode.HALF_EVEN));
            if (closest.doubleValue() == value) {
                shortest = closest;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        StringBuilder sb = new StringBuilder(24);
        if (value < 0) {
            sb.append('-');
        }
        if (k <= n && n <= 21) {
            sb.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }
}
