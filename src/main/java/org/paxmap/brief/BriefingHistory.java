package org.paxmap.brief;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.paxmap.store.BriefingStore;
import org.paxmap.store.StoreException;

/**
 * The undo and redo history of briefing edits in one window session (at most {@value #LIMIT} edits; the oldest are
 * dropped), as {@code EditSession} keeps feature edits. A new edit clears what could be redone; an edit, undo or redo
 * the store refuses leaves the history as it was. The history is the session's, not the picture's: it is not saved.
 *
 * <p>Not thread-safe: the thread that owns the {@link Briefings} service (the window's store thread) uses it.
 */
public final class BriefingHistory {
    /** The most edits kept. */
    public static final int LIMIT = 1000;

    private final BriefingStore store;
    private final Deque<BriefingEdit> undo = new ArrayDeque<>();
    private final Deque<BriefingEdit> redo = new ArrayDeque<>();

    BriefingHistory(BriefingStore store) {
        this.store = store;
    }

    /** Applies {@code edit} and remembers it. */
    void perform(BriefingEdit edit) throws StoreException {
        edit.apply(store);
        redo.clear();
        push(edit);
    }

    /** Whether there is an edit to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is an edit to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit {@link #undo()} would revert. */
    public Optional<BriefingEdit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit {@link #redo()} would apply again. */
    public Optional<BriefingEdit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * Reverts the last edit and returns it.
     *
     * @throws IllegalStateException if there is nothing to undo
     */
    public BriefingEdit undo() throws StoreException {
        BriefingEdit edit = undo.peek();
        if (edit == null) {
            throw new IllegalStateException("nothing to undo");
        }
        edit.revert(store);
        redo.push(undo.pop());
        return edit;
    }

    /**
     * Applies the last undone edit again and returns it.
     *
     * @throws IllegalStateException if there is nothing to redo
     */
    public BriefingEdit redo() throws StoreException {
        BriefingEdit edit = redo.peek();
        if (edit == null) {
            throw new IllegalStateException("nothing to redo");
        }
        edit.apply(store);
        push(redo.pop());
        return edit;
    }

    private void push(BriefingEdit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
    }
}
