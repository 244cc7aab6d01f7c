package org.paxmap.review;

import java.util.AbstractList;
import java.util.UUID;

/**
 * The incidents a filter lets through, in the order asked for: a list whose rows are made when read, so a
 * virtualised table reads only the rows it shows. Valid until the {@link FilteredPicture} changes (an edit or a
 * reload); read it on the thread that owns the picture.
 */
public final class IncidentRows extends AbstractList<IncidentRow> {
    private final IncidentIndex index;
    private final int[] slots;
    private final int size;

    IncidentRows(IncidentIndex index, int[] slots, int size) {
        this.index = index;
        this.slots = slots;
        this.size = size;
    }

    @Override
    public IncidentRow get(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException(position + " of " + size);
        }
        return index.row(slots[position]);
    }

    /** The position of the incident with this id, or −1 when it is not among the rows. One pass over the rows. */
    public int positionOf(UUID id) {
        int slot = index.slot(id);
        if (slot < 0) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (slots[i] == slot) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }
}
