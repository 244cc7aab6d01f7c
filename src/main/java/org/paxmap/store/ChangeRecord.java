package org.paxmap.store;

import java.time.Instant;
import java.util.UUID;
import org.paxmap.model.Layer;

/**
 * One row of the picture's change log: which feature changed, how, when and by whom. The sequence number is strictly
 * increasing within a picture and is what incremental bundle export will read from.
 *
 * @param seq change sequence number, from 1
 * @param featureId the feature
 * @param layer its layer
 * @param operation {@code create}, {@code update} or {@code delete}
 * @param versions the feature's version vector after the change, as stored (JSON)
 * @param contentSha256 the content hash after the change
 * @param at when the change was made
 * @param by who made it
 */
public record ChangeRecord(
        long seq,
        UUID featureId,
        Layer layer,
        String operation,
        String versions,
        String contentSha256,
        Instant at,
        String by) {}
