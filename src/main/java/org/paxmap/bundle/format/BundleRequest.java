package org.paxmap.bundle.format;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paxmap.model.ReleaseLabel;

/**
 * What a bundle is addressed to and where it stands, as the caller (the export) decides it: recipients, the stream
 * position per recipient, the sync part and the bundle label. Immutable.
 *
 * @param recipients the partner node ids
 * @param stream per recipient, this bundle's sequence and the previous manifest's SHA-256
 * @param sync full or incremental, and the acknowledgements
 * @param label the bundle's high-water label
 * @param keyStatements the sender's key statements (rotations, revocations; compact JWS) the bundle carries in
 *     {@link KeyStatements#ENTRY}; empty for none
 * @param certificates the sender's certificates and the root revocation lists it carries (compact JWS), in {@link
 *     Certificates#ENTRY}; empty for none
 */
public record BundleRequest(
        List<String> recipients,
        Map<String, Manifest.StreamPosition> stream,
        Manifest.Sync sync,
        ReleaseLabel label,
        List<String> keyStatements,
        List<String> certificates) {
    /** Copies the collections and checks presence. */
    public BundleRequest {
        recipients = List.copyOf(recipients);
        stream = Map.copyOf(stream);
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(label, "label");
        keyStatements = List.copyOf(keyStatements);
        certificates = List.copyOf(certificates);
    }

    /** A request carrying key statements and no certificate. */
    public BundleRequest(
            List<String> recipients,
            Map<String, Manifest.StreamPosition> stream,
            Manifest.Sync sync,
            ReleaseLabel label,
            List<String> keyStatements) {
        this(recipients, stream, sync, label, keyStatements, List.of());
    }

    /** A request carrying no key statement. */
    public BundleRequest(
            List<String> recipients,
            Map<String, Manifest.StreamPosition> stream,
            Manifest.Sync sync,
            ReleaseLabel label) {
        this(recipients, stream, sync, label, List.of(), List.of());
    }
}
