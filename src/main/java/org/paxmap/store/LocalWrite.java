package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.VersionVector;

/**
 * One write transaction's means of writing a version decided here — a conflict's resolution, an answer to a proposal
 * — as a local edit: the writer and its statements, the schema version, this node, the user and the transaction's
 * time. Immutable; used inside the store's write transaction, under its write lock.
 *
 * @param writer the store's writing connection, in a transaction
 * @param writes its statements
 * @param schemaVersion the picture's schema version
 * @param node this picture's node id
 * @param user who decides
 * @param now the transaction's time
 */
record LocalWrite(Connection writer, StatementCache writes, int schemaVersion, String node, String user, Instant now) {

    /**
     * Writes {@code content} with {@code versions} as the feature's new row: times kept to the millisecond, its content
     * hash (a tombstone keeps the hash of what it deletes), a valid geometry for a live version; then clears the
     * versions kept aside that it dominates.
     *
     * @param what how messages name the feature
     * @throws SQLException if a live version's geometry is invalid (the caller's transaction then rolls back)
     */
    Feature version(Feature content, String origin, VersionVector versions, boolean deleted, String what)
            throws SQLException {
        Feature normal = Millis.truncate(content);
        String hash = content.sync().contentSha256();
        if (!deleted) {
            Optional<String> problem = GeometryValidator.problem(normal.layer(), normal.geometry());
            if (problem.isPresent()) {
                throw new SQLException(what + " has an invalid geometry: " + problem.get());
            }
            hash = FeatureJson.contentSha256(normal);
        }
        Feature version = normal.withSync(new SyncMeta(origin, versions, hash, now, user, deleted));
        SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
        transaction.write(List.of(version));
        transaction.finish();
        SyncRecords.clearDominated(writes, version.id(), versions);
        return version;
    }
}
