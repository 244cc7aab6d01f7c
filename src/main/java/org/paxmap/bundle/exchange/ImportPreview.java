package org.paxmap.bundle.exchange;

import java.util.List;
import java.util.Objects;
import org.paxmap.bundle.format.Bundle;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.bundle.sync.SyncPlan;
import org.paxmap.bundle.trust.Partner;

/**
 * A verified bundle and what importing it would do, before anything is written: who signed it, N new, updated,
 * unchanged, stale, conflicting, merged and refused features with the list, and warnings about the stream (bundles
 * that never arrived, two bundles claiming one sequence number). Immutable.
 *
 * @param bundle the verified bundle
 * @param signer the partner whose key signed it (from the trust list)
 * @param plan the merge plan
 * @param warnings stream warnings in words; empty when the bundle is the next one expected
 * @param keyStatements the sender's key statements the bundle carried that this picture has not applied yet
 *     (verified; recorded by the apply)
 * @param encrypted whether the file was encrypted to this node; a plain (v1) bundle could be read by whoever held the
 *     medium, which the preview says in words ({@link #PLAIN_WARNING})
 * @param certifiedBy for a sender this picture has never met, accepted on a trusted root's certificate: e.g.
 *     "certified by FRA root 12345 67890"; null for a partner
 * @param rootRevocations the trusted roots' revocation lists the bundle carried, newer than those kept (verified;
 *     recorded by the apply)
 */
public record ImportPreview(
        Bundle bundle,
        Partner signer,
        SyncPlan plan,
        List<String> warnings,
        boolean encrypted,
        List<org.paxmap.bundle.trust.KeyStatement> keyStatements,
        String certifiedBy,
        List<org.paxmap.bundle.trust.RootRevocations> rootRevocations) {
    /** What a preview says of a bundle that was not encrypted. */
    public static final String PLAIN_WARNING = "This bundle was not encrypted: anyone who had the stick or the file"
            + " could read everything in it. Ask the sender to export encrypted bundles.";

    /** Copies the warnings. */
    public ImportPreview {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(plan, "plan");
        warnings = List.copyOf(warnings);
        keyStatements = List.copyOf(keyStatements);
        rootRevocations = List.copyOf(rootRevocations);
    }

    /** A preview of a partner's bundle that carries no new revocation list. */
    public ImportPreview(
            Bundle bundle,
            Partner signer,
            SyncPlan plan,
            List<String> warnings,
            boolean encrypted,
            List<org.paxmap.bundle.trust.KeyStatement> keyStatements) {
        this(bundle, signer, plan, warnings, encrypted, keyStatements, null, List.of());
    }

    /** "certified by FRA root 12345 67890" for a sender accepted on a trusted root's certificate; else empty. */
    public java.util.Optional<String> certification() {
        return java.util.Optional.ofNullable(certifiedBy);
    }

    /** A preview of a bundle that carries no new key statement. */
    public ImportPreview(Bundle bundle, Partner signer, SyncPlan plan, List<String> warnings, boolean encrypted) {
        this(bundle, signer, plan, warnings, encrypted, List.of());
    }

    /** What to tell the user of how the bundle travelled: empty when it was encrypted, else {@link #PLAIN_WARNING}. */
    public java.util.Optional<String> plainWarning() {
        return encrypted ? java.util.Optional.empty() : java.util.Optional.of(PLAIN_WARNING);
    }

    /** How many features of {@code kind} the bundle holds. */
    public int count(SyncClass kind) {
        return plan.counts().getOrDefault(kind, 0);
    }

    /** Whether applying would be refused (a refused feature or an integrity alert). */
    public boolean refused() {
        return plan.refused();
    }
}
