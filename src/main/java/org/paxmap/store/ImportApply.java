package org.paxmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
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
 * every item, inserted in uuid order so that its primary-key index is appended to rather than split at random (set-wise
 * from the rows just written where it can, see {@link #provenance}). When nothing was written since the preview
 * ({@link WriteMark}), the features the preview found absent are not looked up again.
 */
final class ImportApply {
    /** Stored versions are looked up, and updates written, this many at a time. */
    static final int CHUNK = PictureStore.BULK_THRESHOLD;

    private final Connection writer;
    private final StatementCache writes;
    private final int schemaVersion;
    private final Instant now;
    private final Cancellation cancellation;

    ImportApply(Connection writer, StatementCache writes, int schemaVersion, Instant now, Cancellation cancellation) {
        this.writer = writer;
        this.writes = writes;
        this.schemaVersion = schemaVersion;
        this.now = now;
        this.cancellation = cancellation;
    }

    /**
     * Applies {@code items}.
     *
     * @param unchangedSincePreview nothing was written to the picture since the preview read the stored versions
     *     (its {@link WriteMark} is unchanged): a feature the preview found absent is then still absent and is not
     *     looked up again
     */
    ApplyResult apply(
            IncomingBundle bundle,
            List<SyncWrite> items,
            List<IncomingProposal> proposals,
            boolean unchangedSincePreview)
            throws SQLException {
        if (schemaVersion < SyncTables.VERSION) {
            throw new SQLException("the picture's schema version " + schemaVersion + " has no sync tables");
        }
        if (SyncRecords.imported(writes, bundle.bundleId()).isPresent()) {
            return new ApplyResult(bundle.bundleId(), true, 0, 0, 0, 0);
        }
        VersionVector[] winners = new VersionVector[items.size()];
        List<Feature> creating = new ArrayList<>();
        List<Feature> updating = new ArrayList<>();
        check(items, winners, creating, updating, unchangedSincePreview);
        cancellation.check();
        Map<Layer, Long> lastFidBefore = lastFids(creating);

        SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
        transaction.plannedSize(creating.size() + updating.size());
        if (!creating.isEmpty()) {
            transaction.write(creating);
        }
        for (int from = 0; from < updating.size(); from += CHUNK) {
            cancellation.check();
            transaction.write(updating.subList(from, Math.min(updating.size(), from + CHUNK)));
        }
        int written = creating.size() + updating.size();
        creating = null;
        updating = null;

        int opened = 0;
        int cleared = 0;
        for (int from = 0; from < items.size(); from += CHUNK) {
            cancellation.check();
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
        cancellation.check();
        transaction.finish();
        cancellation.check();
        provenance(bundle, items, lastFidBefore);
        for (IncomingProposal p : proposals) {
            ProposalTables.put(writes, p, bundle, now);
        }
        SyncRecords.putImported(writes, bundle, now);
        return new ApplyResult(bundle.bundleId(), false, written, opened, cleared, proposals.size());
    }

    /**
     * Checks every item against the stored versions; collects the rows to write, new ones and updates apart, and the
     * provisional winner's vector of each item (the row's, or the held one's when the row stays).
     */
    private void check(
            List<SyncWrite> items,
            VersionVector[] winners,
            List<Feature> creating,
            List<Feature> updating,
            boolean unchangedSincePreview)
            throws SQLException {
        Set<UUID> seen = new HashSet<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            cancellation.check();
            List<SyncWrite> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            List<UUID> ids = new ArrayList<>(chunk.size());
            for (SyncWrite w : chunk) {
                // Nothing written since the preview: what it found absent is still absent (the check below then
                // compares null with null). What it found stored is looked up again all the same (its layer).
                if (!unchangedSincePreview || w.expected() != null) {
                    ids.add(w.incoming().id());
                }
            }
            Map<UUID, Feature> stored = ids.isEmpty() ? Map.of() : SyncRecords.findAll(writes, ids);
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

    /** The highest fid of each layer that {@code creating} writes to, before anything is written. */
    private Map<Layer, Long> lastFids(List<Feature> creating) throws SQLException {
        Map<Layer, Long> out = new EnumMap<>(Layer.class);
        for (Feature f : creating) {
            if (!out.containsKey(f.layer())) {
                PreparedStatement ps = writes.get(
                        "SELECT coalesce(max(fid), 0) FROM " + f.layer().tableName());
                try (ResultSet rs = ps.executeQuery()) {
                    out.put(f.layer(), rs.next() ? rs.getLong(1) : 0L);
                }
            }
        }
        return out;
    }

    /**
     * Records the provenance of every item. Where every row created in a layer is its item's incoming version as
     * received (the same object: a NEW version) and those items share one outcome and note, their provenance is one
     * {@code INSERT … SELECT} from the rows just written (fid above the layer's last before the import, which only
     * the created rows are: updates create no rows), in uuid order; the other items are inserted in uuid order
     * through multi-row statements. Either way the rows are those {@link SyncRecords#putProvenance} would insert.
     */
    private void provenance(IncomingBundle bundle, List<SyncWrite> items, Map<Layer, Long> lastFidBefore)
            throws SQLException {
        Map<Layer, List<SyncWrite>> created = new EnumMap<>(Layer.class);
        for (SyncWrite w : items) {
            if (w.table() != null && w.expected() == null) {
                created.computeIfAbsent(w.table().layer(), l -> new ArrayList<>())
                        .add(w);
            }
        }
        Set<SyncWrite> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<Layer, List<SyncWrite>> e : created.entrySet()) {
            List<SyncWrite> rows = e.getValue();
            SyncWrite first = rows.get(0);
            boolean setWise = lastFidBefore.containsKey(e.getKey())
                    && rows.stream()
                            .allMatch(w -> w.table() == w.incoming()
                                    && w.outcome().equals(first.outcome())
                                    && w.note().equals(first.note()));
            if (setWise) {
                long inserted = SyncRecords.putProvenanceOfRows(
                        writes, e.getKey(), lastFidBefore.get(e.getKey()), bundle, first.outcome(), first.note(), now);
                if (inserted > rows.size()) {
                    throw new SQLException("provenance of " + inserted + " "
                            + e.getKey().tableName() + " rows for " + rows.size() + " created features");
                }
                done.addAll(rows);
            }
        }
        List<SyncWrite> rest = new ArrayList<>(items.size() - done.size());
        for (SyncWrite w : items) {
            if (!done.contains(w)) {
                rest.add(w);
            }
        }
        rest.sort(Comparator.comparing(w -> w.incoming().id().toString()));
        SyncRecords.putProvenance(writes, rest, bundle, now);
    }

    static String describe(Feature f) {
        return "feature " + f.id() + " (" + f.layer().tableName() + " '" + f.name() + "')";
    }
}
