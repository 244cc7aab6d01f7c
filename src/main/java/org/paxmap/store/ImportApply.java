package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * The writes of one bundle import, inside the caller's transaction: the feature rows through {@link SaveTransaction}
 * (R*Tree, full-text index, change log and version history as for a local save, but with the sync metadata kept as
 * given), then conflicts, provenance, the imported-bundle record and the sender's stream position. Any failure throws
 * and the caller rolls the whole transaction back. Not thread-safe: one instance per import, under the write lock.
 */
final class ImportApply {
    /** Rows are written in chunks of this many, each validated just before it is written. */
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
        SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
        Set<java.util.UUID> seen = new HashSet<>();
        int written = 0;
        int opened = 0;
        int cleared = 0;
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<SyncWrite> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            List<Feature> rows = new ArrayList<>();
            List<VersionVector> winners = new ArrayList<>();
            List<java.util.UUID> ids = new ArrayList<>(chunk.size());
            chunk.forEach(w -> ids.add(w.incoming().id()));
            java.util.Map<java.util.UUID, Feature> stored = SyncRecords.findAll(writes, ids);
            for (SyncWrite w : chunk) {
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
                    rows.add(row);
                }
                winners.add(row != null ? row.sync().versions() : held);
            }
            if (!rows.isEmpty()) {
                transaction.write(rows);
                written += rows.size();
            }
            // only features with versions aside can have any cleared: skip two statements per row for the rest
            java.util.Set<java.util.UUID> conflicted = SyncRecords.inConflict(writes, ids);
            for (int i = 0; i < chunk.size(); i++) {
                SyncWrite w = chunk.get(i);
                Feature in = w.incoming();
                if (w.table() == null
                        || !w.table().sync().versions().equals(in.sync().versions())) {
                    VersionHistory.keep(writes, in, now);
                }
                if (winners.get(i) != null && conflicted.contains(in.id())) {
                    cleared += SyncRecords.clearDominated(writes, in.id(), winners.get(i));
                }
                if (w.aside() != null) {
                    SyncRecords.putConflict(
                            writes, w.aside(), w.asideIsLocal(), winners.get(i), bundle.bundleId(), w.note(), now);
                    opened++;
                }
                SyncRecords.putProvenance(writes, in, bundle, w.outcome(), w.note(), now);
            }
        }
        transaction.finish();
        SyncRecords.putImported(writes, bundle, now);
        return new ApplyResult(bundle.bundleId(), false, written, opened, cleared);
    }

    static String describe(Feature f) {
        return "feature " + f.id() + " (" + f.layer().tableName() + " '" + f.name() + "')";
    }
}
