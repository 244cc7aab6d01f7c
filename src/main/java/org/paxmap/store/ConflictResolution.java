package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.VersionVector;

/**
 * Writes the analyst's resolution of a conflict as a new local version: the chosen content, with a vector that is
 * the pointwise maximum of the provisional winner's and every version kept aside, incremented at the local node. It
 * dominates every version in the conflict, so the conflict closes here and, once the partner receives it, there too.
 * Stateless; used inside the store's write transaction.
 */
final class ConflictResolution {
    private ConflictResolution() {}

    static Feature write(
            Connection writer,
            StatementCache writes,
            int schemaVersion,
            String node,
            String user,
            Instant now,
            Feature resolved)
            throws SQLException {
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
        VersionVector versions = VersionVector.max(all).increment(node);
        boolean deleted = resolved.sync().deleted();
        Feature normal = Millis.truncate(resolved);
        String hash;
        if (deleted) {
            hash = resolved.sync().contentSha256();
        } else {
            Optional<String> problem = GeometryValidator.problem(normal.layer(), normal.geometry());
            if (problem.isPresent()) {
                throw new SQLException(what + " has an invalid geometry: " + problem.get());
            }
            hash = FeatureJson.contentSha256(normal);
        }
        Feature version = normal.withSync(new SyncMeta(current.sync().origin(), versions, hash, now, user, deleted));
        SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
        transaction.write(List.of(version));
        transaction.finish();
        SyncRecords.clearDominated(writes, version.id(), versions);
        return version;
    }
}
