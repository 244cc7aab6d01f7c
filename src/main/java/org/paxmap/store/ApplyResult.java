package org.paxmap.store;

/**
 * What applying an import did. Immutable.
 *
 * @param bundleId the bundle
 * @param alreadyImported the bundle had been imported before; nothing was written
 * @param written feature rows written (created, updated, deleted or merged)
 * @param conflictsOpened versions set aside in new conflicts
 * @param conflictsCleared conflicting versions removed because an applied version dominates them
 * @param proposalsRecorded incoming versions recorded as proposals for a person to accept or reject
 */
public record ApplyResult(
        String bundleId,
        boolean alreadyImported,
        int written,
        int conflictsOpened,
        int conflictsCleared,
        int proposalsRecorded) {}
