package org.paxmap.review;

import java.util.BitSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The features a filter lets through, for the map: incidents as a bit per index slot (no set of 100,000 ids is built
 * per filter change), routes and zones as a set of ids. {@link #contains} answers in constant time. Valid until the
 * {@link FilteredPicture} changes; read it on the thread that owns the picture.
 */
public final class VisibleIds {
    private final IncidentIndex index;
    private final BitSet incidents;
    private final int incidentCount;
    private final Set<UUID> others;
    private final boolean everyIncident;

    VisibleIds(IncidentIndex index, BitSet incidents, Set<UUID> others, boolean everyIncident) {
        this.index = index;
        this.incidents = incidents;
        this.incidentCount = incidents.cardinality();
        this.others = others;
        this.everyIncident = everyIncident;
    }

    /** Whether the filter lets every live incident through (no filter at all): the map may draw them aggregated. */
    public boolean everyIncident() {
        return everyIncident;
    }

    /** Whether the feature with this id is shown. */
    public boolean contains(UUID id) {
        int slot = index.slot(id);
        return slot >= 0 ? incidents.get(slot) : others.contains(id);
    }

    /**
     * A number for the feature with this id that stays the same for the life of the {@link FilteredPicture} (across
     * filters and edits), or −1 for a route, a zone or an unknown id. Worked out once per feature, it lets {@link
     * #containsSlot} test the feature with a bit instead of a look-up by id.
     */
    public int slotOf(UUID id) {
        return index.slot(id);
    }

    /** Whether the incident with this {@link #slotOf slot} is shown. */
    public boolean containsSlot(int slot) {
        return incidents.get(slot);
    }

    /** Whether {@code other}'s slots mean the same features as this one's (both from the same picture). */
    public boolean sameSlots(VisibleIds other) {
        return other != null && other.index == index;
    }

    /** How many features are shown. */
    public int size() {
        return incidentCount + others.size();
    }

    /** How many incidents are shown. */
    public int incidentCount() {
        return incidentCount;
    }

    /** Calls {@code action} with the id of every feature shown: incidents, then routes and zones. */
    public void forEach(Consumer<UUID> action) {
        for (int slot = incidents.nextSetBit(0); slot >= 0; slot = incidents.nextSetBit(slot + 1)) {
            action.accept(index.id(slot));
        }
        others.forEach(action);
    }
}
