package org.paxmap.bundle.sync;

/** How an incoming feature version relates to the stored one (bundle format §4). */
public enum SyncClass {
    /** Not stored: created here. */
    NEW,
    /** Its vector dominates the stored one: applied (a dominating tombstone deletes). */
    UPDATE,
    /** Equal vector and content hash, or already held as a conflicting version: nothing to do. */
    UNCHANGED,
    /** Equal vector but another content hash: not applied, reported. */
    INTEGRITY_ALERT,
    /** The stored vector dominates it: ignored, an old bundle never rolls anything back. */
    STALE,
    /** Concurrent, and the two sides changed the same field: both kept, the provisional winner in the table. */
    CONFLICT,
    /** Concurrent, but the two sides changed disjoint fields: merged automatically, with a note. */
    MERGED,
    /**
     * An edit or deletion the sender may not make directly ({@link ProposalRule}): recorded as a proposal for a person
     * to accept or reject; the feature does not change.
     */
    PROPOSAL,
    /** Not acceptable at all (see the reason); the import as a whole is refused. */
    REFUSED;

    /**
     * Whether one version of this class refuses the whole import (fail closed): {@link #REFUSED} and {@link
     * #INTEGRITY_ALERT}.
     */
    public boolean refusesImport() {
        return this == REFUSED || this == INTEGRITY_ALERT;
    }

    /** Whether applying writes something for this class. */
    public boolean writes() {
        return this == NEW || this == UPDATE || this == CONFLICT || this == MERGED;
    }
}
