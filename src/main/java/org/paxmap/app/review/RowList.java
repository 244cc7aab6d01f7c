package org.paxmap.app.review;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's item list, kept for the life of the table: each filter or sort answer replaces its contents in one
 * change (the answer is a list whose rows are made when read, so nothing is copied). Replacing the contents rather
 * than the table's {@code items} keeps the table's own state — its sort order among it — untouched while the model
 * sorts. Read-only for the table. FX-thread only.
 *
 * @param <T> the row type
 */
final class RowList<T> extends ObservableListBase<T> {
    private List<T> rows = List.of();

    /** Replaces every row with {@code newRows}, as one change. */
    void setAll(List<T> newRows) {
        List<T> old = rows;
        rows = newRows;
        if (old.isEmpty() && newRows.isEmpty()) {
            return;
        }
        beginChange();
        nextReplace(0, newRows.size(), old);
        endChange();
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
