package org.paxmap.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * Writes the analyst's resolution of a conflict as a new local version: the chosen content, with a vector that is
 * the pointwise maximum of the provisional winner's and every version kept aside, incremented at the local node. It
 * dominates every version in the conflict, so the conflict closes here and, once the partner receives it, there too.
 * Stateless; used inside the store's write transaction.
 */
final class ConflictResolution {
    private ConflictResolution() {}

    static Feature write(LocalWrite local, Feature resolved) throws SQLException {
        StatementCache writes = local.writes();
        String what = ImportApply.describe(resolved);
        Feature current =
                SyncRecords.find(writes, resolved.id()).orElseThrow(() -> new SQLException(what + " is not stored"));
        if (current.layer() != resolved.layer()) {
            throw new SQLException(
                    what + " is stored in layer " + current.layer().tableName());
        }
        List<Conflict> conflicts = SyncRecords.conflicts(writes, resolved.id());
        if (conflicts.isEmpty()) {
            throw new SQLException(what + " is not in conflict");
        }
        List<VersionVector> all = new ArrayList<>();
        all.add(current.sync().versions());
        conflicts.forEach(c -> all.add(c.aside().sync().versions()));
        VersionVector versions = VersionVector.max(all).increment(local.node());
        return local.version(
                resolved, current.sync().origin(), versions, resolved.sync().deleted(), what);
    }
}
