package org.paxmap.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.TimePrecision;

/**
 * What a slide reads of a row besides its symbol — release label, origin node, start, end and time precision — read as
 * one text: the five joined by a record separator, the label itself its five parts joined as {@link LabelText} joins
 * them. Each column read is a call through the SQLite driver's native interface that makes a Java string; for the
 * many incidents of a slide one read instead of five is the difference (measured on 100,000 incidents read in one
 * thread: the row's nine values as nine columns 440 ms, as five 320 ms). Equal origins and precisions come out as one
 * instance each, so the many rows of a few origins hash and compare cheaply later. Not thread-safe: one instance per
 * query.
 */
final class SlideRowText {
    private static final char SEPARATOR = '\u001e';
    private static final String NONE = "";

    private final LabelText labels = new LabelText();
    private final Map<String, String> origins = new HashMap<>();
    private final Map<String, TimePrecision> precisions = new HashMap<>();

    /**
     * The SQL expression over table alias {@code t}: its label, its origin and the three {@code times} expressions
     * (start, end or NULL, precision or NULL; {@link FeatureTable#timeColumns}), a NULL written as the empty text.
     */
    static String sql(String t, List<String> times) {
        String sep = " || char(30) || ";
        return LabelText.sql(t) + sep + t + ".origin" + sep
                + times.stream().map(e -> "ifnull(" + e + ", '')").collect(Collectors.joining(sep));
    }

    /**
     * The slide's view of the row whose {@link #sql} text is {@code text} and whose symbol is {@code symbol}.
     *
     * @throws IllegalArgumentException if the text is not five parts, or a part is not what it should be (a damaged
     *     row)
     */
    SlideFeature read(String text, MapFeature symbol) {
        int label = text.indexOf(SEPARATOR);
        int origin = text.indexOf(SEPARATOR, label + 1);
        int start = text.indexOf(SEPARATOR, origin + 1);
        int end = text.indexOf(SEPARATOR, start + 1);
        if (label < 0 || origin < 0 || start < 0 || end < 0 || text.indexOf(SEPARATOR, end + 1) >= 0) {
            throw new IllegalArgumentException("a slide row whose label, origin and times are not five parts");
        }
        ReleaseLabel releaseLabel = labels.label(text.substring(0, label));
        String originNode = origins.computeIfAbsent(text.substring(label + 1, origin), o -> o);
        return new SlideFeature(
                symbol,
                releaseLabel,
                originNode,
                time(text.substring(origin + 1, start)),
                time(text.substring(start + 1, end)),
                precision(text.substring(end + 1)));
    }

    private static Instant time(String text) {
        return text.equals(NONE) ? null : GpkgDateTime.parse(text);
    }

    private TimePrecision precision(String code) {
        return code.equals(NONE) ? null : precisions.computeIfAbsent(code, TimePrecision::parse);
    }
}
