package org.paxmap.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paxmap.model.ReleaseLabel;

/**
 * A row's release label read as one text instead of five columns, and each distinct label made once per query: a
 * picture has a handful of labels over many thousands of rows, and a label's constructor normalises its codes. Used
 * by the viewport reads that return many rows (measured at 100,000 incidents: the five column reads and the
 * constructor were a third of a slide's read). Not thread-safe: one instance per query.
 */
final class LabelText {
    private static final char SEPARATOR = '\u001f';
    private static final String NO_VALUE = "";

    private final Map<String, ReleaseLabel> made = new HashMap<>();

    /** The SQL expression of the label of table alias {@code t}: the five columns joined by a unit separator. */
    static String sql(String t) {
        return String.join(
                " || char(31) || ",
                t + ".label_policy",
                t + ".label_classification",
                t + ".label_releasable_to",
                t + ".label_caveats",
                t + ".label_originator");
    }

    /**
     * The label {@link #sql} read; the same instance for the same text.
     *
     * @throws IllegalArgumentException if the text is not five parts or the label is invalid (a damaged row)
     */
    ReleaseLabel label(String text) {
        ReleaseLabel label = made.get(text);
        if (label == null) {
            label = parse(text);
            made.put(text, label);
        }
        return label;
    }

    private static ReleaseLabel parse(String text) {
        String[] part = text.split(String.valueOf(SEPARATOR), -1);
        if (part.length != 5) {
            throw new IllegalArgumentException("a release label of " + part.length + " parts, not 5");
        }
        return new ReleaseLabel(part[0], part[1], list(part[2]), list(part[3]), part[4]);
    }

    private static List<String> list(String csv) {
        return csv.equals(NO_VALUE) ? List.of() : List.of(csv.split(","));
    }
}
