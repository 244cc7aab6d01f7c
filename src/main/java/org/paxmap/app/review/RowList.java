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
     * Replaces every row with {@code newRows}, reported as three changes that keep the first row's place: the rows
     * after the first go, the first is updated (it holds the new answer's first row), the new rows after it come.
     * Each change's removed list is a view of the old answer (nothing copied). Why not simpler: one "replaced" change
     * of everything makes the table's skin mark every replaced position dirty and walk them one by one at layout;
     * removing every row first resets each row on screen to empty and back, which changes its pseudo-classes and
     * forces a full CSS pass over every row and cell (see {@link QuickRowsSkin}); and a "replaced" first row makes the
     * table's focus model put its default focus on row 0 again, which takes the focus off that row and back, so its
     * row and cells go through CSS once more at every filter change. This way the rows on screen keep their index,
     * focus and look and only take new items (the skin lays every row out again when the count changes, and
     * reconfigures them when it does not).
     */
    void setAll(List<T> newRows) {
        List<T> old = rows;
        if (old.isEmpty() || newRows.isEmpty()) {
            if (!old.isEmpty()) {
                rows = List.of();
                fireChange(new Whole<>(this, 0, old, 0, false));
            }
            rows = newRows;
            if (!newRows.isEmpty()) {
                fireChange(new Whole<>(this, 0, List.of(), newRows.size(), false));
            }
            return;
        }
        if (old.size() > 1) {
            rows = List.of(old.get(0));
            fireChange(new Whole<>(this, 1, old.subList(1, old.size()), 0, false));
        }
        rows = List.of(newRows.get(0));
        fireChange(new Whole<>(this, 0, List.of(), 1, true));
        rows = newRows;
        if (newRows.size() > 1) {
            fireChange(new Whole<>(this, 1, List.of(), newRows.size() - 1, false));
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

    /**
     * One change at {@code from}: {@code removed} went, then {@code added} rows came there; or, when {@code updated},
     * the {@code added} rows there were updated in place.
     */
    private static final class Whole<T> extends ListChangeListener.Change<T> {
        private final int from;
        private final List<T> removed;
        private final int added;
        private final boolean updated;
        private boolean before = true;

        Whole(RowList<T> list, int from, List<T> removed, int added, boolean updated) {
            super(list);
            this.from = from;
            this.removed = removed;
            this.added = added;
            this.updated = updated;
        }

        @Override
        public boolean wasUpdated() {
            return updated;
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
            return from;
        }

        @Override
        public int getTo() {
            return from + added;
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
