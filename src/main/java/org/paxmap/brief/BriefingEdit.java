package org.paxmap.brief;

import java.util.UUID;
import org.paxmap.store.BriefingStore;
import org.paxmap.store.StoreException;

/**
 * One undoable change of one briefing, remembered as the store write that does it and the store write that undoes
 * it (each one transaction): made by {@link Briefings} from the state before the change, so undo restores exactly
 * what was there (a deleted briefing comes back with its slides, a moved slide to its place). An immutable value.
 */
public final class BriefingEdit {
    private final String description;
    private final UUID briefingId;
    private final Step forward;
    private final Step back;

    BriefingEdit(String description, UUID briefingId, Step forward, Step back) {
        this.description = description;
        this.briefingId = briefingId;
        this.forward = forward;
        this.back = back;
    }

    /** What the edit does, for "Undo …" menus, e.g. {@code Move slide 'Route BLUE' of 'Morning brief'}. */
    public String description() {
        return description;
    }

    /** The briefing changed (the window reloads it after an undo or redo). */
    public UUID briefingId() {
        return briefingId;
    }

    void apply(BriefingStore store) throws StoreException {
        forward.run(store);
    }

    void revert(BriefingStore store) throws StoreException {
        back.run(store);
    }

    @Override
    public String toString() {
        return description;
    }

    /** One store write. */
    @FunctionalInterface
    interface Step {
        void run(BriefingStore store) throws StoreException;
    }
}
