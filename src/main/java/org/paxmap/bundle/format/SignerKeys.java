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
}
