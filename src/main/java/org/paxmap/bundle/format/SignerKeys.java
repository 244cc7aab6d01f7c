package org.paxmap.bundle.format;

import java.util.Optional;

/**
 * The local trust list as the bundle verifier sees it: a key id to a trusted signer. Implemented by the trust
 * package (keys, partners); the verifier only looks keys up. Implementations must be safe to call from the thread
 * that reads a bundle.
 */
@FunctionalInterface
public interface SignerKeys {
    /** The trusted signer with key id {@code kid}, or empty if the trust list has no such key. */
    Optional<TrustedSigner> byKid(String kid);

    /**
     * These keys with what the key statements a bundle carries ({@link KeyStatements}) prove — a partner's new key
     * after a rotation signed by its old key, a revocation — checked before the bundle's signature is. The default
     * ignores statements (a plain key list).
     *
     * @param statements the statements as the bundle carries them (compact JWS), in order
     * @param bundle the bundle file name, for messages
     * @throws BundleException {@link BundleRefusal#KEY_STATEMENT_INVALID} naming the statement and the reason
     */
    default SignerKeys withStatements(java.util.List<String> statements, String bundle) throws BundleException {
        return this;
    }

    /**
     * These keys with what the certificates entry a bundle carries ({@link Certificates}) proves: a node key a
     * trusted root certified, a root's revocation list. Called after {@link #withStatements}, before the bundle's
     * signature is checked. The default ignores the entry.
     *
     * @param items the entry's items (compact JWS), in order
     * @param bundle the bundle file name, for messages
     * @throws BundleException {@link BundleRefusal#CERTIFICATE_INVALID} naming the item and the reason
     */
    default SignerKeys withCertificates(java.util.List<String> items, String bundle) throws BundleException {
        return this;
    }

    /**
     * Why key {@code kid}, for which {@link #byKid} is empty, is not trusted, when these keys can say more than "not in
     * the trust list" — e.g. the bundle's certificate is from a root this picture does not trust. Empty by default.
     */
    default Optional<String> unknownBecause(String kid) {
        return Optional.empty();
    }
}
