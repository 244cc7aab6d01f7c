package org.paxmap.store;

import java.time.Instant;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * A concurrent version of a feature kept aside while the feature table holds the provisional winner. Immutable.
 *
 * @param aside the version kept aside, as it was received or stored
 * @param asideIsLocal whether the version aside is this node's own ("mine"); otherwise it is the incoming one
 * @param winnerVersions the vector of the provisional winner when the conflict was detected
 * @param detectedAt when it was detected
 * @param bundleId the bundle whose import detected it
 * @param reason why the two versions could not be merged, and which won provisionally
 */
public record Conflict(
        Feature aside,
        boolean asideIsLocal,
        VersionVector winnerVersions,
        Instant detectedAt,
        String bundleId,
        String reason) {}
