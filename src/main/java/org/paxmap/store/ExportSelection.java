package org.paxmap.store;

import java.util.List;
import org.paxmap.model.Feature;

/**
 * The features an export carries and the change-log position they cover. Immutable.
 *
 * @param features the current version of each feature (tombstones included), in change-log order
 * @param upToSeq the change-log position covered: record it with the export so that the partner's acknowledgement
 *     moves the cursor there
 * @param fromSeq the position the selection starts after (0 for a full export)
 */
public record ExportSelection(List<Feature> features, long upToSeq, long fromSeq) {
    /** Copies the list. */
    public ExportSelection {
        features = List.copyOf(features);
    }
}
