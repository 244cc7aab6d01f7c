package org.paxmap.store;

import java.util.Objects;
import java.util.UUID;

/**
 * One slide as kept in {@code paxmap_slides}: its id and its state as JSON text, which the store keeps without
 * interpreting it ({@code org.paxmap.brief} reads and writes it). A slide's position is its place in the list the
 * store returns. Immutable.
 *
 * @param id the slide's id, unique in the picture
 * @param state the slide's state as JSON text
 */
public record StoredSlide(UUID id, String state) {
    /** Requires both fields. */
    public StoredSlide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
