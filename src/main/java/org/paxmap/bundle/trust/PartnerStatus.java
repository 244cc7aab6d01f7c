package org.paxmap.bundle.trust;

/** Whether a partner's signatures are accepted: {@code ACTIVE} yes, {@code SUSPENDED} no (kept, not resolved). */
public enum PartnerStatus {
    /** Bundles signed by the partner are accepted and bundles may be exported to it. */
    ACTIVE,
    /** The partner is kept in the list, but its key does not resolve and nothing is released to it. */
    SUSPENDED
}
