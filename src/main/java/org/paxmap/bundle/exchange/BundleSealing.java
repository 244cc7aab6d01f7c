package org.paxmap.bundle.exchange;

/** Whether an exported bundle is encrypted to its recipient: the choice every export makes explicitly. */
public enum BundleSealing {
    /** Signed, then encrypted to the partner's X25519 key (age v1): a lost stick shows nothing but the size. */
    ENCRYPTED,
    /** Signed only (a v1 bundle): whoever holds the file reads it. Only on the user's explicit choice. */
    PLAIN
}
