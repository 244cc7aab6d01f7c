package org.paxmap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.TimePrecision;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * An incident whose time is known only to the day or the week may have happened at any moment of it: every time
 * filter — the window's review (the index and the filter) and the store's query (command line, exports) — finds it
 * in any window that overlaps its day or week, and only there. An exact time is a point.
 */
class UncertainTimesTest {
    private static final ReleaseLabel LABEL = ReleaseLabel.exercise("ITA");

    @TempDir
    Path dir;

    PictureStore store;

    @BeforeEach
    void picture() throws Exception {
        store = PictureStore.create(dir.resolve("times.gpkg"), "ITA-BN");
        store.saveAll(List.of(
                // Tuesday 8 Sept 2026: the exact one at 14:30, the day one recorded at 10:00 of that day
                PlotFeatures.incidentAt(
                        "ITA-BN", "exact", LABEL, Instant.parse("2026-09-08T14:30:00Z"), TimePrecision.EXACT),
                PlotFeatures.incidentAt(
                        "ITA-BN", "day", LABEL, Instant.parse("2026-09-08T10:00:00Z"), TimePrecision.DAY),
                // known to the week of 7 Sept (recorded at the start of its first day)
                PlotFeatures.incidentAt(
                        "ITA-BN", "week", LABEL, Instant.parse("2026-09-07T00:00:00Z"), TimePrecision.WEEK)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Set<String> found(String from, String to) throws Exception {
        Instant a = from == null ? null : Instant.parse(from);
        Instant b = to == null ? null : Instant.parse(to);
        Set<String> byStore = store.incidents(FeatureQuery.all().withTime(a, b)).stream()
                .map(Incident::title)
                .collect(Collectors.toCollection(TreeSet::new));
        PictureFilter filter = PictureFilter.all().withTime(a, b);
        Set<String> byFilter = store.incidents(FeatureQuery.all()).stream()
                .filter(filter::matches)
                .map(Incident::title)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> byIndex = FilteredPicture.load(store).view(filter, IncidentColumn.TIME, true).rows().stream()
                .map(IncidentRow::title)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(byStore, byFilter, "the store's query and the review filter agree for " + from + " – " + to);
        assertEquals(byStore, byIndex, "and so does the review's index");
        return byStore;
    }

    @Test
    void the_afternoon_of_the_day_shows_the_day_and_the_week_but_the_exact_one_only_at_its_time() throws Exception {
        assertEquals(Set.of("day", "exact", "week"), found("2026-09-08T12:00:00Z", "2026-09-08T18:00:00Z"));
        assertEquals(Set.of("day", "week"), found("2026-09-08T15:00:00Z", "2026-09-08T18:00:00Z"));
        assertEquals(Set.of("day", "week"), found("2026-09-08T00:00:00Z", "2026-09-08T09:00:00Z"));
    }

    @Test
    void a_later_day_of_the_week_shows_only_the_week() throws Exception {
        assertEquals(Set.of("week"), found("2026-09-13T06:00:00Z", "2026-09-13T07:00:00Z"));
        assertEquals(Set.of("week"), found("2026-09-10T00:00:00Z", null));
    }

    @Test
    void outside_the_day_and_the_week_nothing() throws Exception {
        assertEquals(Set.of(), found("2026-09-14T00:00:00Z", "2026-09-20T00:00:00Z"));
        assertEquals(Set.of(), found(null, "2026-09-07T00:00:00Z"));
        assertEquals(Set.of("day", "exact", "week"), found("2026-09-07T00:00:00Z", "2026-09-14T00:00:00Z"));
    }
}
