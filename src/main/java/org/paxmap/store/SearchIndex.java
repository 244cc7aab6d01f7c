package org.paxmap.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.paxmap.model.Layer;

/**
 * The FTS5 full-text index {@code paxmap_search} (schema version 2) over feature names and descriptions. Its rowid
 * packs the layer and the feature's {@code fid} ({@code fid * 3 + layer ordinal}) so that the store can replace one
 * feature's entry by rowid without a scan. Tombstones stay indexed; queries filter them like any other criterion.
 */
final class SearchIndex {
    /** The index table of schema version 2, which also kept a copy of the text (replaced by version 3). */
    static final String CREATE_V2 =
            """
            CREATE VIRTUAL TABLE paxmap_search USING fts5(
              name, description, tokenize = 'unicode61 remove_diacritics 2')""";

    /**
     * The index table since schema version 3: contentless (the text stays in the feature tables only, which halves
     * the index's size and write cost) with deletable rows, and Unicode word splitting that ignores diacritics ("Tyr"
     * finds "Týr").
     */
    static final String CREATE =
            """
            CREATE VIRTUAL TABLE paxmap_search USING fts5(
              name, description, content = '', contentless_delete = 1,
              tokenize = 'unicode61 remove_diacritics 2')""";

    /** Adds one entry. */
    static final String INSERT = "INSERT INTO paxmap_search (rowid, name, description) VALUES (?, ?, ?)";

    /** Removes one entry (before adding its replacement). */
    static final String DELETE = "DELETE FROM paxmap_search WHERE rowid = ?";

    /** FTS5's default for the memory its pending entries may take before they are written as a new segment. */
    static final long DEFAULT_HASH_SIZE = 1_048_576;

    /**
     * The pending-entry memory of a bulk load: with FTS5's 1 MiB a 100,000-feature load writes and merges many small
     * segments; with 16 MiB it fills the index in about three quarters of the CPU time (measured: 1.73 -> 1.15-1.35
     * s for the descriptions of 100,000 ACLED events) and the index is the same size.
     */
    static final long BULK_HASH_SIZE = 16L << 20;

    private SearchIndex() {}

    /** What {@link #enlargePendingMemory} returns when the index stored no setting of its own (FTS5's default). */
    static final long NOT_STORED = -1;

    /**
     * Sets the index's pending-entry memory to {@link #BULK_HASH_SIZE} inside the caller's transaction (a rollback
     * undoes it) and returns the setting it had ({@link #NOT_STORED}: none), for {@link #restorePendingMemory}.
     */
    static long enlargePendingMemory(Connection writer) throws SQLException {
        long before = NOT_STORED;
        try (Statement s = writer.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM paxmap_search_config WHERE k = 'hashsize'")) {
            if (rs.next()) {
                before = rs.getLong(1);
            }
        }
        setPendingMemory(writer, BULK_HASH_SIZE);
        return before;
    }

    /**
     * Puts back the pending-entry memory {@link #enlargePendingMemory} returned, inside the caller's transaction: the
     * stored setting, or none at all (the row the change wrote is deleted, so the file is as it was).
     */
    static void restorePendingMemory(Connection writer, long before) throws SQLException {
        setPendingMemory(writer, before == NOT_STORED ? DEFAULT_HASH_SIZE : before);
        if (before == NOT_STORED) {
            try (Statement s = writer.createStatement()) {
                s.execute("DELETE FROM paxmap_search_config WHERE k = 'hashsize'");
            }
        }
    }

    /** Sets the index's pending-entry memory (FTS5 {@code hashsize}), inside the caller's transaction. */
    static void setPendingMemory(Connection writer, long bytes) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("INSERT INTO paxmap_search (paxmap_search, rank) VALUES ('hashsize', " + bytes + ")");
        }
    }

    /** The rowid of a feature's entry. */
    static long rowid(Layer layer, long fid) {
        return fid * 3 + layer.ordinal();
    }

    /** Indexes every existing row of {@code layer}; used by the migration that creates the index. */
    static String populateSql(Layer layer) {
        FeatureTable<?> table = FeatureTable.of(layer);
        return "INSERT INTO paxmap_search (rowid, name, description) SELECT fid * 3 + %d, %s, %s FROM %s"
                .formatted(
                        layer.ordinal(), table.searchNameColumn(), table.searchDescriptionColumn(), layer.tableName());
    }

    /** A condition selecting the rows of {@code layer} whose entry matches the FTS5 query bound as a parameter. */
    static String matchCondition(Layer layer) {
        return "t.fid IN (SELECT rowid / 3 FROM paxmap_search WHERE paxmap_search MATCH ? AND rowid % 3 = "
                + layer.ordinal() + ")";
    }
}
