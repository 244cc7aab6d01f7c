package org.paxmap.app.review;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The table's item list, kept for the life of the table: each filter or sort answer replaces its contents (the
 * answer is a list whose rows are made when read, so nothing is copied). Replacing the contents rather than the
 * table's {@code items} keeps the table's own state — its sort order among it — untouched while the model sorts.
 * Read-only for the table. FX-thread only.
 *
 * @param <T> the row type
 */
final class RowList<T> extends ObservableListBase<T> {
    private List<T> rows = List.of();

    /**
     * Replaces every row with {@code newRows}: a removal of every old row, then an addition of every new one, as two
     * changes whose removed list is the old answer itself. Not one "replaced" change: the table's skin marks every
     * replaced position dirty and walks them one by one at layout; and not {@code nextRemove}, which copies every
     * removed row (making 100,000 rows to throw away). Removing every row resets the table's cells; adding rows only
     * recounts them.
     */
    void setAll(List<T> newRows) {
        List<T> old = rows;
        if (!old.isEmpty()) {
            rows = List.of();
            fireChange(new Whole<>(this, old, 0));
        }
        rows = newRows;
        if (!newRows.isEmpty()) {
            fireChange(new Whole<>(this, List.of(), newRows.size()));
        }
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** One change covering the whole list: {@code removed} went, then {@code added} rows came at the start. */
    private static final class Whole<T> extends ListChangeListener.Change<T> {
        private final List<T> removed;
        private final int added;
        private boolean before = true;

        Whole(RowList<T> list, List<T> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            boolean had = before;
            before = false;
            return had;
        }

        @Override
        public void reset() {
            before = true;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return added;
        }

        @Override
        public List<T> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
