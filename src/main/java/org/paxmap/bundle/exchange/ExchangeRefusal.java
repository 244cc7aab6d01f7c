package org.paxmap.bundle.exchange;

/** Why an export or import was refused at the exchange level (the file itself is refused by the format layer). */
public enum ExchangeRefusal {
    /** The partner named for an export is not in the trust list. */
    UNKNOWN_PARTNER,
    /** The partner is suspended: nothing is exported to it. */
    PARTNER_SUSPENDED,
    /** The release policy chosen for an export is not in the picture's policy table. */
    UNKNOWN_POLICY,
    /**
     * An encrypted export to a partner whose key file carries no encryption key (an older {@code .paxkey}): ask for a
     * new key file, or export unencrypted on purpose.
     */
    NO_ENCRYPTION_KEY,
    /** The bundle's signed recipients do not include this node. */
    NOT_ADDRESSED_TO_US,
    /** The bundle, or a feature in it, is labelled so that it may not be released to this node. */
    OVER_RELEASE,
    /** Two different bundles with one sequence number on the sender's stream to this node. */
    EQUIVOCATION,
    /** A bundle already imported, again under a new bundle id. */
    REPLAY,
    /** The merge refused the bundle: a feature in another origin's name, a content hash that does not match, … */
    SYNC_REFUSED
}
