package org.paxmap.store;

/** Level codes as ordinals: severities and threat levels share the scale low, moderate, high, critical. */
final class Levels {
    private Levels() {}

    /**
     * An SQL expression giving the ordinal of the level code in {@code column}: 0 low … 3 critical, 0 for anything
     * else. Computed in SQL so the map's viewport query reads an integer rather than a string per row.
     */
    static String ordinalSql(String column) {
        return "CASE " + column + " WHEN 'moderate' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE 0 END";
    }
}
