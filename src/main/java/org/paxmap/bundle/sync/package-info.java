/**
 * The sync engine of bundle exchange (bundle format §4): classifies each incoming feature version against the
 * stored one ({@link org.paxmap.bundle.sync.Classifier}), merges edits to disjoint fields from their common ancestor
 * ({@link org.paxmap.bundle.sync.DisjointMerge}), chooses the provisional winner of a conflict identically on every
 * node ({@link org.paxmap.bundle.sync.ProvisionalWinner}), previews an import as a read-only {@link
 * org.paxmap.bundle.sync.SyncPlan} and applies it to the picture store in one transaction ({@link
 * org.paxmap.bundle.sync.SyncEngine}). It works on model values; the container, signature and trust checks happen
 * before, in the format and trust packages.
 */
package org.paxmap.bundle.sync;
