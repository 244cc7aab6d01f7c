package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * The writes of one bundle import, inside the caller's transaction: the feature rows through {@link SaveTransaction}
 * (R*Tree, full-text index, change log and version history as for a local save, but with the sync metadata kept as
 * given), then conflicts, provenance, the imported-bundle record and the sender's stream position. Any failure throws
 * and the caller rolls the whole transaction back. Not thread-safe: one instance per import, under the write lock.
 *
 * <p>Three steps. First every item is checked against the stored versions (looked up {@value #CHUNK} ids per
 * statement): not twice in the import, unchanged since the preview, in the same layer, a valid geometry. Then the
 * rows are written: the features the picture does not hold yet in one {@link SaveTransaction#write} call, so that a
 * large import gets the whole bulk path of a local save (rows and R*Tree entries in Hilbert order of the whole import,
 * search index and change log filled set-wise, query indexes rebuilt when the load is larger than the table), then
 * the updates in chunks. Last the sync tables: versions kept, conflicts cleared and opened, and the provenance of
 * every item, inserted in uuid order so that its primary-key index is appended to rather than split at random.
 */
final class ImportApply {
    /** Stored versions are looked up, and updates written, this many at a time. */
    static final int CHUNK = PictureStore.BULK_THRESHOLD;

    private final Connection writer;
    private final StatementCache writes;
    private final int schemaVersion;
    private final Instant now;

    ImportApply(Connection writer, StatementCache writes, int schemaVersion, Instant now) {
        this.writer = writer;
        this.writes = writes;
        this.schemaVersion = schemaVersion;
        this.now = now;
    }

    ApplyResult apply(IncomingBundle bundle, List<SyncWrite> items) throws SQLException {
        if (schemaVersion < SyncTables.VERSION) {
            throw new SQLException("the picture's schema version " + schemaVersion + " has no sync tables");
        }
        if (SyncRecords.imported(writes, bundle.bundleId()).isPresent()) {
            return new ApplyResult(bundle.bundleId(), true, 0, 0, 0);
        }
        VersionVector[] winners = new VersionVector[items.size()];
        List<Feature> creating = new ArrayList<>();
        List<Feature> updating = new ArrayList<>();
        check(items, winners, creating, updating);

        SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
        transaction.plannedSize(creating.size() + updating.size());
        if (!creating.isEmpty()) {
            transaction.write(creating);
        }
        for (int from = 0; from < updating.size(); from += CHUNK) {
            transaction.write(updating.subList(from, Math.min(updating.size(), from + CHUNK)));
        }
        int written = creating.size() + updating.size();
        creating = null;
        updating = null;

        int opened = 0;
        int cleared = 0;
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<SyncWrite> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            List<UUID> ids = new ArrayList<>(chunk.size());
            chunk.forEach(w -> ids.add(w.incoming().id()));
            // only features with versions aside can have any cleared: skip two statements per row for the rest
            Set<UUID> conflicted = SyncRecords.inConflict(writes, ids);
            for (int i = 0; i < chunk.size(); i++) {
                SyncWrite w = chunk.get(i);
                Feature in = w.incoming();
                VersionVector winner = winners[from + i];
                if (w.table() == null
                        || !w.table().sync().versions().equals(in.sync().versions())) {
                    VersionHistory.keep(writes, in, now);
                }
                if (winner != null && conflicted.contains(in.id())) {
                    cleared += SyncRecords.clearDominated(writes, in.id(), winner);
                }
                if (w.aside() != null) {
                    SyncRecords.putConflict(
                            writes, w.aside(), w.asideIsLocal(), winner, bundle.bundleId(), w.note(), now);
                    opened++;
                }
            }
        }
        transaction.finish();
        List<SyncWrite> byId = new ArrayList<>(items);
        byId.sort(Comparator.comparing(w -> w.incoming().id().toString()));
        for (SyncWrite w : byId) {
            SyncRecords.putProvenance(writes, w.incoming(), bundle, w.outcome(), w.note(), now);
        }
        SyncRecords.putImported(writes, bundle, now);
        return new ApplyResult(bundle.bundleId(), false, written, opened, cleared);
    }

    /**
     * Checks every item against the stored versions; collects the rows to write, new ones and updates apart, and the
     * provisional winner's vector of each item (the row's, or the held one's when the row stays).
     */
    private void check(List<SyncWrite> items, VersionVector[] winners, List<Feature> creating, List<Feature> updating)
            throws SQLException {
        Set<UUID> seen = new HashSet<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<SyncWrite> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            List<UUID> ids = new ArrayList<>(chunk.size());
            chunk.forEach(w -> ids.add(w.incoming().id()));
            Map<UUID, Feature> stored = SyncRecords.findAll(writes, ids);
            for (int i = 0; i < chunk.size(); i++) {
                SyncWrite w = chunk.get(i);
                Feature in = w.incoming();
                if (!seen.add(in.id())) {
                    throw new SQLException(describe(in) + " appears twice in the import");
                }
                Optional<Feature> current = Optional.ofNullable(stored.get(in.id()));
                VersionVector held = current.map(f -> f.sync().versions()).orElse(null);
                if (!Objects.equals(held, w.expected())) {
                    throw new SQLException(describe(in) + " changed since the preview: the picture holds "
                            + (held == null ? "no version" : held) + ", the preview expected "
                            + (w.expected() == null ? "none" : w.expected()));
                }
                if (current.isPresent() && current.get().layer() != in.layer()) {
                    throw new SQLException(describe(in) + " exists in layer "
                            + current.get().layer().tableName());
                }
                Feature row = w.table();
                if (row != null) {
                    if (!row.sync().deleted()) {
                        Optional<String> problem = GeometryValidator.problem(row.layer(), row.geometry());
                        if (problem.isPresent()) {
                            throw new SQLException(describe(row) + " has an invalid geometry: " + problem.get());
                        }
                    }
                    (current.isPresent() ? updating : creating).add(row);
                }
                winners[from + i] = row != null ? row.sync().versions() : held;
            }
        }
    }

    static String describe(Feature f) {
        return "feature " + f.id() + " (" + f.layer().tableName() + " '" + f.name() + "')";
    }
}
