package org.paxmap.edit;

import java.util.Objects;
import org.paxmap.model.Feature;

/**
 * A change an {@link EditSession} made to the picture: the command, whether it was done, undone or redone, and the
 * feature as the store now holds it (a tombstone after a delete or an undone create). An immutable value.
 *
 * @param kind done, undone or redone
 * @param command the command
 * @param stored the feature as stored after the change, with its new synchronisation metadata
 */
public record EditEvent(Kind kind, EditCommand command, Feature stored) {
    /** How the command reached the store. */
    public enum Kind {
        DONE,
        UNDONE,
        REDONE
    }

    /** Checks that every value is present. */
    public EditEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(stored, "stored");
    }
}
