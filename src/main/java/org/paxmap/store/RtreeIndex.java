package org.paxmap.store;

import java.util.List;

/**
 * The GeoPackage R*Tree spatial index extension ({@code gpkg_rtree_index}, GeoPackage 1.3 Annex F.3): the {@code
 * rtree_<t>_<c>} virtual table and exactly the six triggers of the specification, which keep it in step with the
 * feature table through the {@link SpatialFunctions}.
 */
final class RtreeIndex {
    private static final String TEMPLATE =
            """
            CREATE VIRTUAL TABLE rtree_<t>_<c> USING rtree(id, minx, maxx, miny, maxy)
            ;;
            CREATE TRIGGER rtree_<t>_<c>_insert AFTER INSERT ON <t>
              WHEN (new.<c> NOT NULL AND NOT ST_IsEmpty(NEW.<c>))
            BEGIN
              INSERT OR REPLACE INTO rtree_<t>_<c> VALUES (
                NEW.<i>,
                ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>),
                ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)
              );
            END
            ;;
            CREATE TRIGGER rtree_<t>_<c>_update1 AFTER UPDATE OF <c> ON <t>
              WHEN OLD.<i> = NEW.<i> AND
                   (NEW.<c> NOTNULL AND NOT ST_IsEmpty(NEW.<c>))
            BEGIN
              INSERT OR REPLACE INTO rtree_<t>_<c> VALUES (
                NEW.<i>,
                ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>),
                ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)
              );
            END
            ;;
            CREATE TRIGGER rtree_<t>_<c>_update2 AFTER UPDATE OF <c> ON <t>
              WHEN OLD.<i> = NEW.<i> AND
                   (NEW.<c> ISNULL OR ST_IsEmpty(NEW.<c>))
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id = OLD.<i>;
            END
            ;;
            CREATE TRIGGER rtree_<t>_<c>_update3 AFTER UPDATE OF <c> ON <t>
              WHEN OLD.<i> != NEW.<i> AND
                   (NEW.<c> NOTNULL AND NOT ST_IsEmpty(NEW.<c>))
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id = OLD.<i>;
              INSERT OR REPLACE INTO rtree_<t>_<c> VALUES (
                NEW.<i>,
                ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>),
                ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)
              );
            END
            ;;
            CREATE TRIGGER rtree_<t>_<c>_update4 AFTER UPDATE ON <t>
              WHEN OLD.<i> != NEW.<i> AND
                   (NEW.<c> ISNULL OR ST_IsEmpty(NEW.<c>))
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id IN (OLD.<i>, NEW.<i>);
            END
            ;;
            CREATE TRIGGER rtree_<t>_<c>_delete AFTER DELETE ON <t>
              WHEN old.<c> NOT NULL
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id = OLD.<i>;
            END""";

    private RtreeIndex() {}

    private static final List<String> TRIGGERS =
            List.of("insert", "update1", "update2", "update3", "update4", "delete");

    /** The six triggers of the index of {@code t.geom} (primary key {@code fid}), exactly as created. */
    static List<String> triggerSql(String t) {
        List<String> all = sql(t, "geom", "fid");
        return all.subList(1, all.size());
    }

    /** Drops the six triggers of {@code t.geom}; {@link #triggerSql} puts them back. */
    static List<String> dropTriggerSql(String t) {
        return TRIGGERS.stream()
                .map(n -> "DROP TRIGGER rtree_" + t + "_geom_" + n)
                .toList();
    }

    /** The statements creating the index of column {@code c} (primary key {@code i}) of table {@code t}. */
    static List<String> sql(String t, String c, String i) {
        String all = TEMPLATE.replace("<t>", t).replace("<c>", c).replace("<i>", i);
        return List.of(all.split("\n;;\n"));
    }
}
