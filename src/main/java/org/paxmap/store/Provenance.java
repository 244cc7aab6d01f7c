package org.paxmap.store;

import java.time.Instant;
import org.paxmap.model.VersionVector;

/**
 * Where an imported feature version came from. Immutable.
 *
 * @param versions the version's vector
 * @param bundleId the bundle that carried it
 * @param signerNode the node that signed the bundle
 * @param signerKeyId the signing key's thumbprint
 * @param importedAt when it was imported
 * @param outcome how it was classified ({@code NEW}, {@code UPDATE}, {@code CONFLICT}, {@code MERGED}, …)
 * @param note a merge note or conflict reason, empty if none
 */
public record Provenance(
        VersionVector versions,
        String bundleId,
        String signerNode,
        String signerKeyId,
        Instant importedAt,
        String outcome,
        String note) {}
