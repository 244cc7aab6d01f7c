package org.paxmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A packed R*Tree is one SQLite accepts as its own: {@code rtreecheck()} finds nothing wrong, it holds exactly the
 * bounds SQLite's inserts store (the same float rounding), window queries find what an R*Tree filled by SQLite finds,
 * and later inserts and deletes through SQLite keep it valid. Sizes cover a root that is a leaf, a full root, two
 * levels and three.
 */
class RtreePackingTest {
    @Test
    void a_packed_tree_is_the_tree_sqlite_would_answer_from() throws Exception {
        for (int size : new int[] {1, 51, 52, 2_602, 20_000}) {
            check(size);
        }
    }

    @Test
    void a_tree_with_an_entry_is_not_packed_over() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement s = c.createStatement();
                StatementCache writes = new StatementCache(c)) {
            s.execute("CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy)");
            assertThat(RtreePacking.isEmpty(writes, "packed")).isTrue();
            s.execute("INSERT INTO packed VALUES (7, 1, 2, 3, 4)");
            assertThat(RtreePacking.isEmpty(writes, "packed")).isFalse();
            s.execute("DELETE FROM packed");
            assertThat(RtreePacking.isEmpty(writes, "packed")).isTrue();
        }
    }

    private static void check(int size) throws Exception {
        SplittableRandom random = new SplittableRandom(size);
        long[] ids = new long[size];
        double[] bounds = new double[4 * size];
        for (int i = 0; i < size; i++) {
            ids[i] = 3L * i + 1 + random.nextInt(2); // gaps, as after deletions
            double x = -180 + random.nextDouble() * 360;
            double y = -90 + random.nextDouble() * 180;
            double w = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.01; // points and boxes
            bounds[4 * i] = x;
            bounds[4 * i + 1] = x + w;
            bounds[4 * i + 2] = y;
            bounds[4 * i + 3] = y + w / 2;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement s = c.createStatement();
                StatementCache writes = new StatementCache(c)) {
            s.execute("CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy)");
            s.execute("CREATE VIRTUAL TABLE reference USING rtree(id, minx, maxx, miny, maxy)");
            c.setAutoCommit(false);
            RtreePacking.pack(writes, "packed", ids, bounds, HilbertOrder.order(bounds, size), size);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reference VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < size; i++) {
                    ps.setLong(1, ids[i]);
                    for (int b = 0; b < 4; b++) {
                        ps.setDouble(2 + b, bounds[4 * i + b]);
                    }
                    ps.executeUpdate();
                }
            }
            c.commit();
            assertThat(text(s, "SELECT rtreecheck('packed')"))
                    .as("size %d", size)
                    .isEqualTo("ok");
            assertThat(rows(s, "packed")).as("size %d", size).isEqualTo(rows(s, "reference"));
            assertSameWindows(s, random);

            // SQLite's own writes keep the packed tree valid
            s.execute("DELETE FROM packed WHERE id % 5 = 0");
            s.execute("DELETE FROM reference WHERE id % 5 = 0");
            s.execute("INSERT INTO packed SELECT id + 1000000000, minx, maxx, miny, maxy FROM reference"
                    + " WHERE id % 7 = 0");
            s.execute("INSERT INTO reference SELECT id + 1000000000, minx, maxx, miny, maxy FROM reference"
                    + " WHERE id % 7 = 0");
            assertThat(text(s, "SELECT rtreecheck('packed')"))
                    .as("size %d", size)
                    .isEqualTo("ok");
            assertThat(rows(s, "packed")).as("size %d", size).isEqualTo(rows(s, "reference"));
            assertSameWindows(s, random);
        }
    }

    private static void assertSameWindows(Statement s, SplittableRandom random) throws Exception {
        for (int q = 0; q < 20; q++) {
            double x = -180 + random.nextDouble() * 360;
            double y = -90 + random.nextDouble() * 180;
            double w = q == 0 ? 400 : random.nextDouble() * 40;
            String where = " WHERE maxx >= %s AND minx <= %s AND maxy >= %s AND miny <= %s ORDER BY id"
                    .formatted(x - w, x + w, y - w, y + w);
            assertThat(ids(s, "SELECT id FROM packed" + where)).isEqualTo(ids(s, "SELECT id FROM reference" + where));
        }
    }

    private static List<String> rows(Statement s, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT id, minx, maxx, miny, maxy FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + " " + rs.getDouble(2) + " " + rs.getDouble(3) + " " + rs.getDouble(4) + " "
                        + rs.getDouble(5));
            }
        }
        return out;
    }

    private static List<Long> ids(Statement s, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
