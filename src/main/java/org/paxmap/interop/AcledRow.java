package org.paxmap.interop;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One ACLED CSV row read by column name (lower case). Immutable view. */
final class AcledRow {
    private final CSVRecord record;
    private final Map<String, Integer> columns;

    AcledRow(CSVRecord record, Map<String, Integer> columns) {
        this.record = record;
        this.columns = columns;
    }

    /** The trimmed value, or {@code ""} if the column is absent or the row short. */
    String get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? "" : record.get(i).trim();
    }

    /** The first of {@code columns} that is not empty, or {@code ""}. */
    String first(String... names) {
        for (String n : names) {
            String v = get(n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    double number(String column) throws ItemProblem {
        String v = get(column);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ItemProblem(
                    column + " '" + (v.length() > 30 ? v.substring(0, 30) + "…" : v) + "' is not a number");
        }
    }
}
