package org.paxmap.store;

/** Where a {@link Proposal} stands. */
public enum ProposalStatus {
    /** Waiting for a person. */
    OPEN,
    /** Applied here as a new local version. */
    ACCEPTED,
    /** Answered with a new local version of ours. */
    REJECTED
}
