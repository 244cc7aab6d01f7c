package org.paxmap.bundle.trust;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * This node's certificate as it was taken in from a file ({@link OwnCertificates#importCertificate}), with what a user
 * is told about it: what it says, whether its signature was checked here, and — when it has expired — that receivers
 * refuse the bundles that come with it. What {@code paxmap keys certificate} and the window's "Take a root
 * certificate…" both say. Immutable.
 *
 * @param certificate the certificate taken
 * @param checkedHere whether this picture trusts its root, so its signature was checked when it was taken
 */
public record TakenCertificate(NodeCertificate certificate, boolean checkedHere) {
    /**
     * Takes this node's certificate from {@code file} ({@link OwnCertificates#importCertificate}, one transaction) and
     * notes whether its root is trusted here. Call on the picture's writing thread.
     *
     * @throws TrustException naming the file and why it is refused; nothing is changed then
     */
    public static TakenCertificate take(PictureStore store, Path file) throws TrustException, StoreException {
        NodeCertificate c = OwnCertificates.importCertificate(store, file);
        return new TakenCertificate(c, TrustedRoots.find(store, c.rootKid()).isPresent());
    }

    /** What the certificate says and where it goes, in one sentence (text from the file not yet made visible). */
    public String summary() {
        NodeCertificate c = certificate;
        return "the certificate says this node's key " + c.kid() + " is "
                + c.node().nodeId() + " of "
                + c.organisation() + " from " + c.notBefore() + " to " + c.notAfter() + ", signed by root key "
                + c.rootKid()
                + (checkedHere
                        ? " (checked against that root, which this picture trusts)"
                        : " (this picture does not trust that root, so receivers check the signature)")
                + "; the next bundles carry it";
    }

    /** The warning to give when the certificate has expired by {@code now}, if it has. */
    public Optional<String> expiryWarning(Instant now) {
        return now.isAfter(certificate.notAfter())
                ? Optional.of("the certificate expired on " + certificate.notAfter() + ": receivers refuse bundles that"
                        + " come with it; ask the root for a new one")
                : Optional.empty();
    }
}
