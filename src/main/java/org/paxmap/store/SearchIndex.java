package org.paxmap.store;

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

    private SearchIndex() {}

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
