package org.paxmap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.edit.EditSession;
import org.paxmap.edit.IncidentDraft;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/** The index against a brute-force filter written here over the same features read back from the store. */
@Tag("slow")
class FilteredPictureTest {
    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final List<ReleaseLabel> LABELS = List.of(
            ReleaseLabel.exercise("FRA"),
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("DEU", "FRA"), List.of(), "FRA"),
            new ReleaseLabel("UN", "UN CONFIDENTIAL", List.of(), List.of(), "UN"));
    private static final String[] WORDS = {"culvert", "bridge", "Market", "checkpoint", "convoy", "école"};

    @TempDir
    Path dir;

    private PictureStore store;
    private final Random random = new Random(7);

    @BeforeEach
    void fill() throws Exception {
        store = PictureStore.create(dir.resolve("review.gpkg"), "node-r");
        List<Feature> features = new ArrayList<>();
        IncidentType[] types = IncidentType.values();
        Severity[] severities = Severity.values();
        for (int i = 0; i < 600; i++) {
            features.add(new Incident(
                    UUID.randomUUID(),
                    Wgs84.point(35 + random.nextDouble(), 33 + random.nextDouble()),
                    10,
                    T0.plusSeconds(random.nextInt(30 * 86400)),
                    TimePrecision.EXACT,
                    types[random.nextInt(types.length)],
                    severities[random.nextInt(severities.length)],
                    "Incident " + i + " near the " + WORDS[random.nextInt(WORDS.length)],
                    random.nextBoolean() ? "Seen by a " + WORDS[random.nextInt(WORDS.length)] + " patrol" : "",
                    new Casualties(0, random.nextInt(4), 5),
                    random.nextInt(3) == 0 ? "UNIFIL " + WORDS[random.nextInt(WORDS.length)] : "",
                    new AdmiraltyGrade((char) ('A' + random.nextInt(6)), 1 + random.nextInt(6)),
                    LABELS.get(random.nextInt(LABELS.size())),
                    SyncMeta.newLocal("node-r", "t", T0)));
        }
        for (int i = 0; i < 20; i++) {
            Instant start = T0.plusSeconds(random.nextInt(30 * 86400));
            features.add(new PatrolRoute(
                    UUID.randomUUID(),
                    "Route " + WORDS[i % WORDS.length] + " " + i,
                    "BN-" + i,
                    Wgs84.FACTORY.createLineString(new Coordinate[] {
                        new Coordinate(35.1, 33.1 + i * 0.01), new Coordinate(35.2, 33.1 + i * 0.01)
                    }),
                    start,
                    start.plusSeconds(6 * 3600),
                    RouteStatus.PLANNED,
                    LABELS.get(i % LABELS.size()),
                    SyncMeta.newLocal("node-r", "t", T0)));
            features.add(new ThreatZone(
                    UUID.randomUUID(),
                    "Zone " + WORDS[(i + 2) % WORDS.length] + " " + i,
                    ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
                        new Coordinate(35.5, 33.5 + i * 0.01),
                        new Coordinate(35.51, 33.5 + i * 0.01),
                        new Coordinate(35.51, 33.505 + i * 0.01),
                        new Coordinate(35.5, 33.5 + i * 0.01)
                    })),
                    null,
                    ThreatLevel.HIGH,
                    ZoneCategory.MINEFIELD,
                    start,
                    i % 2 == 0 ? null : start.plusSeconds(3 * 86400),
                    LABELS.get((i + 1) % LABELS.size()),
                    SyncMeta.newLocal("node-r", "t", T0)));
        }
        store.saveAll(features);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A random filter: each criterion present about half the time. */
    private PictureFilter randomFilter() {
        PictureFilter f = PictureFilter.all();
        if (random.nextBoolean()) {
            Instant from = T0.plusSeconds(random.nextInt(20 * 86400));
            f = f.withTime(random.nextInt(4) == 0 ? null : from, from.plusSeconds(1 + random.nextInt(15 * 86400)));
        }
        if (random.nextBoolean()) {
            Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
            for (int i = 0; i < 8; i++) {
                types.add(IncidentType.values()[random.nextInt(IncidentType.values().length)]);
            }
            f = f.withTypes(types);
        }
        if (random.nextBoolean()) {
            f = f.withSeverities(
                    EnumSet.of(Severity.values()[random.nextInt(4)], Severity.values()[random.nextInt(4)]));
        }
        if (random.nextBoolean()) {
            f = f.withGrades(
                    new HashSet<>(List.of('A', 'B', (char) ('A' + random.nextInt(6)))),
                    new HashSet<>(List.of(1 + random.nextInt(6), 2)));
        }
        if (random.nextInt(3) == 0) {
            f = f.withLabels(Set.of(LABELS.get(random.nextInt(LABELS.size()))));
        }
        if (random.nextInt(3) == 0) {
            String word = WORDS[random.nextInt(WORDS.length)];
            f = f.withText(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word.substring(1, 4) + " incident");
        }
        return f;
    }

    /** The filter's meaning, written out again over whole features. */
    private static boolean bruteForce(PictureFilter f, Feature feature) {
        if (feature.sync().deleted()) {
            return false;
        }
        String haystack;
        boolean inWindow;
        boolean incidentCriteria = true;
        if (feature instanceof Incident i) {
            haystack = i.title() + " " + i.description() + " " + i.source();
            inWindow = (f.from() == null || i.occurredAt().compareTo(f.from()) >= 0)
                    && (f.to() == null || i.occurredAt().compareTo(f.to()) < 0);
            incidentCriteria = (f.types().isEmpty() || f.types().contains(i.type()))
                    && (f.severities().isEmpty() || f.severities().contains(i.severity()))
                    && (f.reliabilities().isEmpty()
                            || f.reliabilities().contains(i.grade().reliability()))
                    && (f.credibilities().isEmpty()
                            || f.credibilities().contains(i.grade().credibility()));
        } else if (feature instanceof PatrolRoute r) {
            haystack = r.name() + " " + r.unit();
            inWindow = (f.from() == null || r.plannedEnd().compareTo(f.from()) >= 0)
                    && (f.to() == null || r.plannedStart().compareTo(f.to()) < 0);
        } else {
            ThreatZone z = (ThreatZone) feature;
            haystack = z.name();
            inWindow = (f.from() == null
                            || z.validUntil() == null
                            || z.validUntil().compareTo(f.from()) >= 0)
                    && (f.to() == null || z.validFrom().compareTo(f.to()) < 0);
        }
        boolean text = f.text() == null
                || java.util.Arrays.stream(f.text().split(" "))
                        .allMatch(w -> haystack.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)));
        boolean label = f.labels().isEmpty() || f.labels().contains(feature.label());
        return inWindow && incidentCriteria && text && label;
    }

    private List<Feature> everything() throws Exception {
        return store.query(FeatureQuery.all().includingDeleted());
    }

    private void assertAgrees(FilteredPicture picture, PictureFilter f) throws Exception {
        List<Feature> all = everything();
        Set<UUID> expected =
                all.stream().filter(x -> bruteForce(f, x)).map(Feature::id).collect(Collectors.toSet());
        PictureView view = picture.view(f, IncidentColumn.TIME, true);
        Set<UUID> visible = new HashSet<>();
        view.visible().forEach(visible::add);
        assertEquals(expected, visible, f.toString());
        assertEquals(expected.size(), view.visible().size());
        for (Feature x : all) {
            assertEquals(expected.contains(x.id()), view.visible().contains(x.id()), f + " " + x.id());
        }
        List<Incident> incidents = all.stream()
                .filter(x -> x instanceof Incident && expected.contains(x.id()))
                .map(x -> (Incident) x)
                .sorted(Comparator.comparing(Incident::occurredAt))
                .toList();
        assertEquals(
                incidents.stream().map(Incident::id).toList(),
                view.rows().stream().map(IncidentRow::id).toList(),
                f.toString());
    }

    @Test
    void random_filters_agree_with_a_brute_force_filter() throws Exception {
        FilteredPicture picture = FilteredPicture.load(store);
        assertAgrees(picture, PictureFilter.all());
        for (int i = 0; i < 200; i++) {
            assertAgrees(picture, randomFilter());
        }
    }

    @Test
    void a_search_typed_and_erased_a_character_at_a_time_agrees_at_every_keystroke() throws Exception {
        FilteredPicture picture = FilteredPicture.load(store);
        PictureFilter base = PictureFilter.all().withSeverities(EnumSet.of(Severity.HIGH, Severity.CRITICAL));
        for (String typed : List.of("Incident 1 near the Mark", "seen by a CONVOY patrol", "école  unifil")) {
            for (int i = 1; i <= typed.length(); i++) {
                assertAgrees(picture, base.withText(typed.substring(0, i)));
            }
            for (int i = typed.length() - 1; i >= 0; i--) {
                assertAgrees(picture, base.withText(typed.substring(0, i)));
            }
        }
        // the same text under another criterion must not reuse the narrower answer
        assertAgrees(picture, PictureFilter.all().withText("Incident 1"));
        assertAgrees(picture, PictureFilter.all().withText("Incident 12"));
    }

    @Test
    void routes_and_zones_come_as_rows_of_their_own_layer() throws Exception {
        FilteredPicture picture = FilteredPicture.load(store);
        PictureFilter f = PictureFilter.all().withText("route");
        List<Feature> all = everything();
        assertEquals(
                all.stream()
                        .filter(x -> x instanceof PatrolRoute && bruteForce(f, x))
                        .map(Feature::id)
                        .toList(),
                picture.features(f, org.paxmap.model.Layer.ROUTES).stream()
                        .map(Feature::id)
                        .toList());
        assertEquals(List.of(), picture.features(f, org.paxmap.model.Layer.ZONES));
        assertEquals(
                20,
                picture.features(PictureFilter.all(), org.paxmap.model.Layer.ZONES)
                        .size());
        assertEquals(600, picture.incidentCount());
        PictureView view = picture.view(PictureFilter.all(), IncidentColumn.TITLE, true);
        IncidentRow row = view.rows().get(17);
        assertEquals(17, view.rows().positionOf(row.id()));
        assertEquals(-1, view.rows().positionOf(UUID.randomUUID()));
    }

    @Test
    void rows_sort_by_every_column_both_ways() throws Exception {
        FilteredPicture picture = FilteredPicture.load(store);
        PictureFilter f = PictureFilter.all().withSeverities(EnumSet.of(Severity.HIGH, Severity.CRITICAL));
        List<Incident> incidents = store.incidents(FeatureQuery.all()).stream()
                .filter(i -> f.severities().contains(i.severity()))
                .toList();
        checkSort(picture, f, IncidentColumn.TIME, incidents, Comparator.comparing(Incident::occurredAt));
        checkSort(picture, f, IncidentColumn.SEVERITY, incidents, Comparator.comparing(Incident::severity));
        checkSort(picture, f, IncidentColumn.TYPE, incidents, Comparator.comparing(i -> i.type()
                .label()
                .toLowerCase(Locale.ROOT)));
        checkSort(
                picture,
                f,
                IncidentColumn.TITLE,
                incidents,
                Comparator.comparing(Incident::title, String.CASE_INSENSITIVE_ORDER));
        checkSort(picture, f, IncidentColumn.GRADE, incidents, Comparator.comparing((Incident i) -> i.grade()
                .toString()));
        checkSort(picture, f, IncidentColumn.CASUALTIES, incidents, Comparator.comparingInt(i -> i.casualties()
                .best()));
        checkSort(picture, f, IncidentColumn.LABEL, incidents, Comparator.comparing(i -> i.label()
                .displayForm()));
        checkSort(picture, f, IncidentColumn.LATITUDE, incidents, Comparator.comparingDouble(i -> i.location()
                .getY()));
        checkSort(picture, f, IncidentColumn.LONGITUDE, incidents, Comparator.comparingDouble(i -> i.location()
                .getX()));
    }

    private static void checkSort(
            FilteredPicture picture,
            PictureFilter f,
            IncidentColumn column,
            List<Incident> incidents,
            Comparator<Incident> key) {
        // the sort key, then time (ties); the index breaks remaining ties by load order, which a key never has here
        Comparator<Incident> order = key.thenComparing(Incident::occurredAt);
        List<String> expected =
                incidents.stream().sorted(order).map(i -> keyOf(i, key)).toList();
        List<IncidentRow> rows = picture.view(f, column, true).rows();
        assertEquals(incidents.size(), rows.size());
        Function<IncidentRow, Incident> byId = r -> incidents.stream()
                .filter(i -> i.id().equals(r.id()))
                .findFirst()
                .orElseThrow();
        List<String> actual = rows.stream().map(byId).map(i -> keyOf(i, key)).toList();
        assertEquals(expected, actual, column.toString());
        List<String> descending = picture.view(f, column, false).rows().stream()
                .map(byId)
                .map(i -> keyOf(i, key))
                .collect(Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(descending);
        assertEquals(expected, descending, column + " descending");
    }

    /** An incident's identity in the order compared (times are random seconds: key and time never both tie). */
    private static String keyOf(Incident i, Comparator<Incident> key) {
        return i.id().toString();
    }

    @Test
    void edits_reach_the_view_through_the_listener() throws Exception {
        FilteredPicture picture = FilteredPicture.load(store);
        EditSession session = new EditSession(store);
        session.addListener(picture);
        PictureFilter critical = PictureFilter.all().withSeverities(Set.of(Severity.CRITICAL));
        picture.view(critical, IncidentColumn.TITLE, true); // builds the title order before the edits
        IncidentDraft draft = IncidentDraft.create()
                .clickedPosition(new Coordinate(35.2, 33.2))
                .type(IncidentType.CEASEFIRE_VIOLATION)
                .time(T0.plusSeconds(86400))
                .severity(Severity.CRITICAL)
                .title("AAA first by title")
                .label(LABELS.get(0));
        session.create(draft);
        List<IncidentRow> rows =
                picture.view(critical, IncidentColumn.TITLE, true).rows();
        assertEquals("AAA first by title", rows.get(0).title());
        assertTrue(picture.view(critical, IncidentColumn.TIME, true).visible().contains(draft.id()));
        assertAgrees(picture, critical);

        assertAgrees(picture, PictureFilter.all().withText("first by")); // searched before the edit, and after
        Incident stored = (Incident) store.find(draft.id()).orElseThrow();
        session.update(IncidentDraft.of(stored).title("zzz last by title").severity(Severity.LOW));
        assertFalse(picture.view(critical, IncidentColumn.TIME, true).visible().contains(draft.id()));
        List<IncidentRow> low = picture.view(
                        PictureFilter.all().withSeverities(Set.of(Severity.LOW)), IncidentColumn.TITLE, true)
                .rows();
        assertEquals("zzz last by title", low.get(low.size() - 1).title());
        assertAgrees(picture, PictureFilter.all());
        // the search finds the edited incident by its new words only
        assertEquals(
                List.of(draft.id()),
                picture.view(PictureFilter.all().withText("zzz"), IncidentColumn.TIME, true).rows().stream()
                        .map(IncidentRow::id)
                        .toList());
        assertAgrees(picture, PictureFilter.all().withText("first by"));
        assertAgrees(picture, PictureFilter.all().withText("last by"));

        session.delete(draft.id());
        assertFalse(picture.view(PictureFilter.all(), IncidentColumn.TITLE, true)
                .visible()
                .contains(draft.id()));
        assertAgrees(picture, PictureFilter.all());
        session.undo();
        assertAgrees(picture, PictureFilter.all());
        for (int i = 0; i < 20; i++) {
            assertAgrees(picture, randomFilter());
        }
    }

    @Test
    void histogram_counts_incidents_per_utc_day_ignoring_the_time_window() throws Exception {
        FilteredPicture picture = FilteredPicture.load(store);
        PictureFilter f = PictureFilter.all()
                .withSeverities(Set.of(Severity.HIGH))
                .withTime(T0.plusSeconds(86400 * 3), T0.plusSeconds(86400 * 4));
        DailyHistogram histogram = picture.histogram(f);
        List<Incident> incidents = store.incidents(FeatureQuery.all());
        LocalDate first = incidents.stream()
                .map(i -> LocalDate.ofInstant(i.occurredAt(), ZoneOffset.UTC))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = incidents.stream()
                .map(i -> LocalDate.ofInstant(i.occurredAt(), ZoneOffset.UTC))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertEquals(first, histogram.firstDay());
        assertEquals(last.toEpochDay() - first.toEpochDay() + 1, histogram.days());
        int total = 0;
        for (int d = 0; d < histogram.days(); d++) {
            LocalDate day = first.plusDays(d);
            long expected = incidents.stream()
                    .filter(i -> i.severity() == Severity.HIGH)
                    .filter(i ->
                            LocalDate.ofInstant(i.occurredAt(), ZoneOffset.UTC).equals(day))
                    .count();
            assertEquals(expected, histogram.count(d), day.toString());
            assertEquals(expected, histogram.count(day));
            total += histogram.count(d);
        }
        assertEquals(
                incidents.stream().filter(i -> i.severity() == Severity.HIGH).count(), total);
        assertEquals(0, histogram.count(first.minusDays(1)));
    }

    @Test
    void an_empty_picture_has_an_empty_histogram_and_view() throws Exception {
        try (PictureStore empty = PictureStore.create(dir.resolve("empty.gpkg"), "node-e")) {
            FilteredPicture picture = FilteredPicture.load(empty);
            assertEquals(0, picture.histogram(PictureFilter.all()).days());
            assertEquals(
                    0,
                    picture.view(PictureFilter.all(), IncidentColumn.TIME, true)
                            .rows()
                            .size());
        }
    }
}
