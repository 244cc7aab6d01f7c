package org.paxmap.bundle.trust;

/**
 * The passphrase given does not unlock the node's private key: AES-GCM authentication of the encrypted key failed
 * (a wrong passphrase, or an encrypted key that was altered or belongs to another node or key).
 */
public final class WrongPassphraseException extends TrustException {
    /** The refusal for the key of {@code nodeId}. */
    public WrongPassphraseException(String nodeId) {
        super("wrong passphrase for the key of node " + nodeId
                + " (or its encrypted private key was altered); nothing was signed");
    }
}
