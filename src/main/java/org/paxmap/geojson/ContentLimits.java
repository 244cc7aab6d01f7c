package org.paxmap.geojson;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The limits every feature is read under, whether it comes in a bundle or a plain GeoJSON file: what the model can
 * hold and the picture can show. Each check refuses with a {@link FeatureProblem} naming the field. Stateless and
 * thread-safe.
 *
 * <ul>
 *   <li>Times: from {@link #EARLIEST} (1900-01-01T00:00:00Z) to {@link #LATEST} (2200-01-01T00:00:00Z), both
 *       included.
 *   <li>Text: at most {@link #MAX_LONG_TEXT} (20,000) UTF-16 characters for a description (also the {@code notes} of
 *       plain files), at most {@link #MAX_TEXT} (500) for every other string (title, name, unit, source, codes, label
 *       parts, node ids); no unpaired surrogate (such a string is not Unicode and would be stored as "?").
 *   <li>Positions: longitude in [-180, 180], latitude in [-90, 90], finite (checked where each position is read); at
 *       most {@link #MAX_POSITIONS} (100,000) positions in one geometry, counted before they are decoded.
 * </ul>
 */
public final class ContentLimits {
    /** The earliest time a feature may carry. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** The latest time a feature may carry. */
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** Characters of a title, name or any other short string. */
    public static final int MAX_TEXT = 500;

    /** Characters of a description. */
    public static final int MAX_LONG_TEXT = 20_000;

    /** Positions in one geometry, all rings and parts together. */
    public static final int MAX_POSITIONS = 100_000;

    private static final Set<String> LONG_FIELDS = Set.of("description", "notes");

    private ContentLimits() {}

    /** Whether {@code time} lies within {@link #EARLIEST} .. {@link #LATEST}: what a picture may hold. */
    public static boolean holds(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }

    /**
     * Why {@code text} is too long for a field that holds at most {@code max} characters, e.g. "is 501 characters
     * long; at most 500 are allowed", or empty. The drafts of local edits use it with {@link #MAX_TEXT} and {@link
     * #MAX_LONG_TEXT}, so that the picture never holds what a partner would refuse.
     */
    public static java.util.Optional<String> lengthProblem(String text, int max) {
        return text.length() <= max
                ? java.util.Optional.empty()
                : java.util.Optional.of(String.format(
                        Locale.ROOT, "is %,d characters long; at most %,d are allowed", text.length(), max));
    }

    /** {@code time}, if it lies within {@link #EARLIEST} .. {@link #LATEST}. */
    static Instant time(Instant time, String field) throws FeatureProblem {
        if (!holds(time)) {
            throw new FeatureProblem(
                    field, time + " is outside the times a picture holds (" + EARLIEST + " to " + LATEST + ")");
        }
        return time;
    }

    /** {@code text}, if it is not longer than its field allows and holds no unpaired surrogate. */
    static String text(String text, String field) throws FeatureProblem {
        int max = LONG_FIELDS.contains(lastName(field)) ? MAX_LONG_TEXT : MAX_TEXT;
        java.util.Optional<String> tooLong = lengthProblem(text, max);
        if (tooLong.isPresent()) {
            throw new FeatureProblem(field, tooLong.get());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FeatureProblem(
                        field,
                        String.format(
                                Locale.ROOT,
                                "holds an unpaired surrogate U+%04X at character %d (not valid Unicode)",
                                (int) c,
                                i));
            }
        }
        return text;
    }

    /** Refuses a geometry that would hold more than {@link #MAX_POSITIONS} positions. */
    static void positions(long count, String field) throws FeatureProblem {
        if (count > MAX_POSITIONS) {
            throw new FeatureProblem(
                    field,
                    String.format(
                            Locale.ROOT,
                            "more than %,d positions in one geometry (at least %,d)",
                            MAX_POSITIONS,
                            count));
        }
    }

    private static String lastName(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
