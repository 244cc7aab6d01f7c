package org.paxmap.app.review;

import java.util.HashSet;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table skin for rows of one fixed height whose content changes wholesale, as the incident table's does at every
 * filter change. JavaFX's {@link VirtualFlow} re-applies CSS to each row it gives a new index or item, forcing every
 * node of the row — the row, nine cells and their texts — through the style look-up again, which is most of a filter
 * change's cost (about 20 nodes a row). With a fixed row height that pass is needed only when the row's look changes:
 * here it is run only when a row's pseudo-classes (selected, odd, empty, focused…) differ after the update. So the
 * table's cells must not change their look through pseudo-classes or style classes of their own (the severity cell
 * fills its dot in code); a row's new text is laid out in the same pulse as before. FX-thread only.
 *
 * @param <T> the row type
 */
final class QuickRowsSkin<T> extends TableViewSkin<T> {
    /** VirtualFlow's marker of a row it has just made (whose CSS must be applied before it is measured). */
    private static final String NEW_CELL = "newcell";

    /** The skin of {@code table}, whose fixed cell size must be set (by CSS or code). */
    QuickRowsSkin(TableView<T> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new QuickFlow<>();
    }

    /**
     * A flow that keeps its rows when the item count changes and skips the forced CSS pass of a row whose
     * pseudo-classes an update left as they were.
     */
    private static final class QuickFlow<C extends IndexedCell<?>> extends VirtualFlow<C> {
        /**
         * The skin asks for a rebuild whenever the item count changes, which resets every row to empty (index −1)
         * before giving it its index again — a round trip through the empty look that costs each row a full CSS pass.
         * With a fixed row height a reconfigure does what is needed: every row is laid out again at its index and
         * takes the item now there.
         */
        @Override
        protected void rebuildCells() {
            if (getFixedCellSize() > 0) {
                reconfigureCells();
            } else {
                super.rebuildCells();
            }
        }

        @Override
        protected void setCellIndex(C cell, int index) {
            if (cell.getScene() == null || cell.getProperties().containsKey(NEW_CELL) || getFixedCellSize() <= 0) {
                super.setCellIndex(cell, index);
                return;
            }
            Set<PseudoClass> before = new HashSet<>(cell.getPseudoClassStates());
            cell.updateIndex(index);
            if (!before.equals(cell.getPseudoClassStates())) {
                cell.applyCss();
            }
        }
    }
}
