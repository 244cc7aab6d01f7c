package org.paxmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.review.FilteredPicture;
import org.paxmap.review.IncidentColumn;
import org.paxmap.review.PictureFilter;
import org.paxmap.review.PictureView;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * A filter change → table rows and map ids ready, with N incidents (default 100,000): {@link FilteredPicture#view}
 * (the in-memory column index) against, in the same run on the same file, the store's own query ({@link
 * PictureStore#incidents} with the equivalent {@link FeatureQuery}) and a plain JDBC query of the ids alone (the
 * least any per-change SQL approach must do). Filters: a random time window (1–60 days), a few sub-types, one or two
 * severities, each present half the time. Prints p50/p95 in ms, the load time, and the time to take one edit.
 *
 * <p>Usage: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.FilterBenchmark -Dbench.incidents=100000}.
 */
public final class FilterBenchmark {
    private FilterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("paxmap-filter-bench");
        Path picture = dir.resolve("filter.gpkg");
        System.out.printf(Locale.ROOT, "Paxmap filter benchmark: %,d incidents, %s%n", n, picture);
        List<Incident> incidents = StoreBenchmark.synthesise(n, new SplittableRandom(42));
        try (PictureStore store = PictureStore.create(picture, "bench-node")) {
            store.saveAll(incidents);
        }
        incidents = null;
        try (PictureStore store = PictureStore.open(picture);
                Connection raw = DriverManager.getConnection("jdbc:sqlite:" + picture)) {
            long t0 = System.nanoTime();
            FilteredPicture view = FilteredPicture.load(store);
            System.out.printf(Locale.ROOT, "load (once, off the FX thread): %.0f ms%n", (System.nanoTime() - t0) / 1e6);

            SplittableRandom random = new SplittableRandom(7);
            List<Object[]> filters = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                filters.add(randomFilter(random));
            }
            // warm-up, then measure
            for (int i = 0; i < 50; i++) {
                memory(view, (PictureFilter) filters.get(i)[0], IncidentColumn.values()[i % 9]);
            }
            long[] mem = new long[filters.size()];
            long[] rowCount = new long[filters.size()];
            for (int i = 0; i < filters.size(); i++) {
                long s = System.nanoTime();
                rowCount[i] = memory(view, (PictureFilter) filters.get(i)[0], IncidentColumn.values()[i % 9]);
                mem[i] = System.nanoTime() - s;
            }
            int sqlRuns = 40;
            long[] full = new long[sqlRuns];
            long[] ids = new long[sqlRuns];
            for (int i = 0; i < sqlRuns; i++) {
                FeatureQuery q = (FeatureQuery) filters.get(i)[1];
                long s = System.nanoTime();
                int got = store.incidents(q).size();
                full[i] = System.nanoTime() - s;
                s = System.nanoTime();
                int idCount = rawIds(raw, q);
                ids[i] = System.nanoTime() - s;
                if (got != rowCount[i] || idCount != rowCount[i]) {
                    throw new IllegalStateException("disagreement on filter " + i + ": memory " + rowCount[i]
                            + ", store " + got + ", ids " + idCount);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "rows per filter: p50 %,.0f, max %,d%n",
                    pct(rowCount, 50) * 1e6,
                    Arrays.stream(rowCount).max().orElse(0));
            System.out.println("filter change -> rows + ids ready, ms:      p50      p95");
            print("FilteredPicture.view (in memory)", mem);
            print("PictureStore.incidents (reference)", full);
            print("plain JDBC ids only (reference)", ids);

            Incident one = store.incidents(FeatureQuery.all().withLimit(1)).get(0);
            long[] edit = new long[50];
            for (int i = 0; i < edit.length; i++) {
                long s = System.nanoTime();
                view.featureChanged(one);
                view.view(PictureFilter.all(), IncidentColumn.values()[i % 9], true);
                edit[i] = System.nanoTime() - s;
            }
            print("one edit taken + full view (9 orders kept)", edit);
        }
    }

    private static long memory(FilteredPicture view, PictureFilter f, IncidentColumn column) {
        PictureView v = view.view(f, column, true);
        long sum = 0;
        for (int i = 0; i < Math.min(50, v.rows().size()); i++) { // the rows a table shows
            sum += v.rows().get(i).casualtiesBest();
        }
        return v.rows().size() + (sum < 0 ? 1 : 0);
    }

    private static Object[] randomFilter(SplittableRandom random) {
        PictureFilter f = PictureFilter.all();
        FeatureQuery q = FeatureQuery.all().withLayers(Set.of(org.paxmap.model.Layer.INCIDENTS));
        if (random.nextBoolean()) {
            Instant from = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(300) * 86400L);
            Instant to = from.plusSeconds((1 + random.nextInt(60)) * 86400L);
            f = f.withTime(from, to);
            q = q.withTime(from, to);
        }
        if (random.nextBoolean()) {
            Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
            for (int i = 0; i < 4; i++) {
                types.add(IncidentType.values()[random.nextInt(IncidentType.values().length)]);
            }
            f = f.withTypes(types);
            q = q.withTypes(types);
        }
        if (random.nextBoolean()) {
            Severity min = Severity.values()[1 + random.nextInt(3)];
            Set<Severity> atLeast = EnumSet.range(min, Severity.CRITICAL);
            f = f.withSeverities(atLeast);
            q = q.withMinSeverity(min);
        }
        return new Object[] {f, q};
    }

    /** The ids the query matches, with plain JDBC and the store's indexes. */
    private static int rawIds(Connection raw, FeatureQuery q) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT uuid FROM incidents WHERE deleted = 0");
        List<String> params = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND occurred_at >= ? AND occurred_at < ?");
            params.add(gpkg(q.from()));
            params.add(gpkg(q.to()));
        }
        if (!q.types().isEmpty()) {
            sql.append(" AND incident_type IN (")
                    .append(q.types().stream().map(t -> "?").collect(Collectors.joining(",")))
                    .append(")");
            q.types().forEach(t -> params.add(t.code()));
        }
        if (q.minSeverity() != null) {
            Set<Severity> atLeast = EnumSet.range(q.minSeverity(), Severity.CRITICAL);
            sql.append(" AND severity IN (")
                    .append(atLeast.stream().map(t -> "?").collect(Collectors.joining(",")))
                    .append(")");
            atLeast.forEach(s -> params.add(s.code()));
        }
        sql.append(" ORDER BY occurred_at");
        try (PreparedStatement ps = raw.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            int count = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    count++;
                }
            }
            return count;
        }
    }

    private static String gpkg(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC)
                .format(t);
    }

    private static void print(String name, long[] nanos) {
        System.out.printf(Locale.ROOT, "  %-42s %8.2f %8.2f%n", name, pct(nanos, 50), pct(nanos, 95));
    }

    private static double pct(long[] values, int p) {
        return HeadlessFx.millisAt(values, p);
    }
}
