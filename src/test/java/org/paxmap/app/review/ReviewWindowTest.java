package org.paxmap.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.PaxmapApp;
import org.paxmap.app.map.MapView;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.TimePrecision;
import org.paxmap.render.SeverityColours;
import org.paxmap.review.DailyHistogram;
import org.paxmap.review.IncidentRow;
import org.paxmap.review.PictureFilter;
import org.paxmap.review.PictureView;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst reviews the exercise picture (plus three NATO-labelled incidents added for the label filter) in the real
 * window: searches, drags the timeline's window, picks types, severities, grades and labels, sorts, and selects. What
 * the table and the map's visible set show is compared with the store's own query of the same picture, read before the
 * window opened it.
 */
@Tag("slow")
class ReviewWindowTest {
    private static final String DATA_DIR_PROPERTY = "paxmap.dataDir"; // org.paxmap.app.UserDataDir.PROPERTY
    private static final ReleaseLabel NATO =
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("NATO"), List.of(), "DEU");

    @TempDir
    static Path dataDir;

    private static Application app;
    private static ReviewPane review;
    private static MapView map;
    private static List<Incident> natoIncidents;
    private static List<Incident> storeIncidents;
    private static List<Feature> storeRoutesAndZones;
    private static Set<UUID> natoIds;
    private static Set<UUID> searchIds;
    private static Set<UUID> searchOthers;
    private static final String WORD = "Qlayaa";
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheWindowOnAPicture() throws Exception {
        try (PictureStore store = SamplePicture.openOrCreate(dataDir)) {
            List<Incident> extra = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                extra.add(new Incident(
                        UUID.randomUUID(),
                        Wgs84.point(35.40 + i * 0.01, 33.20),
                        50,
                        Instant.parse("2026-09-20T10:00:00Z").plusSeconds(3600L * i),
                        TimePrecision.EXACT,
                        IncidentType.ARMED_CLASH,
                        Severity.MODERATE,
                        "NATO patrol report " + i,
                        "added by the test",
                        Casualties.NONE,
                        "test",
                        AdmiraltyGrade.parse("B2"),
                        NATO,
                        SyncMeta.newLocal("TEST", "tester", Instant.parse("2026-09-20T10:00:00Z"))));
            }
            store.saveAll(extra);
            natoIds = extra.stream().map(Incident::id).collect(Collectors.toSet());
            natoIncidents = extra;
            storeIncidents = store.incidents(FeatureQuery.all());
            storeRoutesAndZones = store.query(FeatureQuery.all().withLayers(Set.of(Layer.ROUTES, Layer.ZONES)));
            searchIds = ids(store.incidents(FeatureQuery.all().withText(WORD)));
            searchOthers =
                    ids(store.query(FeatureQuery.all().withText(WORD).withLayers(Set.of(Layer.ROUTES, Layer.ZONES))));
        }
        assertFalse(searchIds.isEmpty(), "the exercise picture names " + WORD);
        System.setProperty(DATA_DIR_PROPERTY, dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class);
        review = new FxRobot().lookup("#reviewPane").queryAs(ReviewPane.class);
        map = new FxRobot().lookup("#mapView").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () -> onFx(() -> review.model().viewProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(DATA_DIR_PROPERTY);
    }

    @BeforeEach
    void clearTheFiltersAndShowThePicture() throws Exception {
        onFx(() -> {
            review.model().selectedProperty().set(null);
            map.zoomToPicture();
            return null;
        });
        waitForMapFeatures(storeIncidents.get(0).id());
        robot.clickOn("#reviewClearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(storeIncidents.size(), tableIds().size(), "cleared: every incident");
    }

    @Test
    void searching_shows_exactly_the_features_the_store_finds_in_table_and_map() throws Exception {
        robot.clickOn("#reviewSearch").write(WORD);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(searchIds, tableIds(), "the table shows the store's full-text matches");
        Set<UUID> expectedVisible = new HashSet<>(searchIds);
        expectedVisible.addAll(searchOthers);
        assertEquals(expectedVisible, visibleIds(), "the review's visible set is the same features");
        assertEquals(expectedVisible, drawnIds(), "the map draws exactly those (the view holds the whole picture)");
        assertEquals(
                searchIds.size() + " of " + storeIncidents.size() + " incidents · " + expectedVisible.size()
                        + " features on the map",
                onFx(() -> ((javafx.scene.control.Label)
                                robot.lookup("#reviewShown").query())
                        .getText()));
    }

    @Test
    void dragging_a_window_on_the_timeline_drops_the_rows_outside_it() throws Exception {
        TimelineView timeline = review.timeline();
        Canvas canvas = robot.lookup("#timelineCanvas").queryAs(Canvas.class);
        DailyHistogram histogram = onFx(() -> review.model().histogramProperty().get());
        Point2D from = onFx(() -> canvas.localToScreen(timeline.xOfDay(5.5), canvas.getHeight() / 2));
        Point2D to = onFx(() -> canvas.localToScreen(timeline.xOfDay(11.5), canvas.getHeight() / 2));

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Instant start =
                histogram.firstDay().plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end =
                histogram.firstDay().plusDays(12).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(start, onFx(() -> review.model().filter().from()));
        assertEquals(end, onFx(() -> review.model().filter().to()));
        Set<UUID> inWindow = storeIncidents.stream()
                .filter(i -> !i.occurredAt().isBefore(start) && i.occurredAt().isBefore(end))
                .map(Incident::id)
                .collect(Collectors.toSet());
        assertTrue(inWindow.size() < storeIncidents.size() && !inWindow.isEmpty(), "a real cut: " + inWindow.size());
        assertEquals(inWindow, tableIds(), "only the incidents inside the window are rows");
        for (IncidentRow row : rows()) {
            assertFalse(row.occurredAt().isBefore(start) || !row.occurredAt().isBefore(end), row.toString());
        }

        // drag the window itself two days to the right: it moves, keeping its width
        Point2D inside = onFx(() -> canvas.localToScreen(timeline.xOfDay(8.5), canvas.getHeight() / 2));
        Point2D right = onFx(() -> canvas.localToScreen(timeline.xOfDay(10.5), canvas.getHeight() / 2));
        robot.drag(inside, MouseButton.PRIMARY).moveTo(right).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                start.plusSeconds(2 * 86_400),
                onFx(() -> review.model().filter().from()));
        assertEquals(
                end.plusSeconds(2 * 86_400), onFx(() -> review.model().filter().to()));
    }

    @Test
    void choosing_a_type_shows_only_incidents_of_that_type() throws Exception {
        robot.clickOn("#reviewTypeFilter");
        robot.moveTo(menuEntry(IncidentType.IED_UXO_FIND.eventType().label())); // hovering opens the sub-menu
        WaitForAsyncUtils.waitForFxEvents();
        // straight across into the sub-menu: passing over another group would open that one instead
        robot.clickOn(
                (Node) robot.lookup("#type-" + IncidentType.IED_UXO_FIND.code()).query(), Motion.HORIZONTAL_FIRST);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        Set<UUID> expected = storeIncidents.stream()
                .filter(i -> i.type() == IncidentType.IED_UXO_FIND)
                .map(Incident::id)
                .collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, tableIds());
        assertEquals(expected, visibleIncidentIds(), "the review's visible set holds the same incidents");
        assertEquals(expected, drawnIds(Layer.INCIDENTS), "the map draws the same incidents");
    }

    @Test
    void choosing_a_severity_a_grade_and_a_label_narrows_the_rows_to_what_they_all_allow() throws Exception {
        robot.clickOn("#reviewSeverityFilter");
        robot.clickOn("#severity-critical");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(matching(i -> i.severity() == Severity.CRITICAL), tableIds(), "critical only");
        Set<javafx.scene.paint.Paint> dots = onFx(() -> robot.lookup("#reviewIncidents .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getGraphic())
                .filter(g -> g instanceof javafx.scene.shape.Circle && g.isVisible())
                .map(g -> ((javafx.scene.shape.Circle) g).getFill())
                .collect(Collectors.toSet()));
        assertEquals(
                Set.of(org.paxmap.app.map.FxPen.fx(SeverityColours.of(Severity.CRITICAL))),
                dots,
                "each severity cell shows the critical dot");

        robot.clickOn("#reviewGradeFilter");
        robot.clickOn("#reliability-A");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                matching(i -> i.severity() == Severity.CRITICAL && i.grade().reliability() == 'A'),
                tableIds(),
                "critical and from a completely reliable source");

        robot.clickOn("#reviewClearFilters");
        robot.clickOn("#reviewLabelFilter");
        CheckBox nato = robot.lookup(".review-check").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().startsWith(NATO.displayForm()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no label entry for " + NATO.displayForm()));
        robot.clickOn(nato);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(natoIds, tableIds(), "only the NATO-labelled incidents");
        assertEquals(natoIds, visibleIds(), "no route or zone carries that label");
    }

    @Test
    void the_route_table_shows_the_filtered_routes_when_switched_to_and_counts_them_while_hidden() throws Exception {
        Feature route = storeRoutesAndZones.stream()
                .filter(f -> f.layer() == Layer.ROUTES)
                .findFirst()
                .orElseThrow();
        PictureFilter filter = PictureFilter.all().withText(route.name());
        Set<UUID> expected = ids(storeRoutesAndZones.stream()
                .filter(f -> f.layer() == Layer.ROUTES && filter.matches(f))
                .toList());
        assertTrue(expected.contains(route.id()) && expected.size() < storeRoutesAndZones.size());

        robot.clickOn("#reviewSearch").write(route.name());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Routes  " + expected.size(),
                onFx(() -> robot.lookup("#reviewLayerRoutes")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .getText()),
                "the hidden table's count follows the filter");

        robot.clickOn("#reviewLayerRoutes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                expected,
                ids(onFx(() -> List.copyOf(review.table().routeTable().getItems()))),
                "switched to, the route table holds exactly the routes the filter lets through");
        robot.clickOn("#reviewLayerIncidents");
    }

    @Test
    void rows_shown_after_a_narrowing_filter_while_scrolled_to_the_end_are_exactly_the_matches() throws Exception {
        onFx(() -> {
            review.table().incidentTable().scrollTo(storeIncidents.size() - 1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reviewSearch").write("NATO patrol report");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(natoIds, tableIds());
        // what the rows on screen show (QuickRowsSkin keeps rows through the count change): the three matches, each
        // once, and every other row empty
        List<Object> shown = onFx(() -> robot.lookup("#reviewIncidents .table-row-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(r -> r.isVisible() && !r.isEmpty())
                .map(r -> (Object) ((IncidentRow) r.getItem()).id())
                .toList());
        assertEquals(natoIds.size(), shown.size(), "one filled row per match: " + shown);
        assertEquals(natoIds, new HashSet<>(shown));
    }

    @Test
    void sorting_by_a_column_orders_the_rows_by_it_both_ways() throws Exception {
        Node header = titleHeader();
        // two clicks far enough apart on the header that they are two single clicks, not a double-click
        robot.moveTo(header, Pos.CENTER_LEFT, new Point2D(8, 0), Motion.DIRECT).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = rows().stream().map(IncidentRow::title).toList();
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertTrue(sorted.equals(titles), "ascending by title");
        assertEquals(storeIncidents.size(), titles.size());

        robot.moveTo(header, Pos.CENTER_RIGHT, new Point2D(-8, 0), Motion.DIRECT)
                .clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> descending = rows().stream().map(IncidentRow::title).toList();
        sorted.sort(String.CASE_INSENSITIVE_ORDER.reversed());
        assertTrue(sorted.equals(descending), "descending by title, not " + descending.subList(0, 3));
        // the same number of rows in another order: every row on screen, the first among them, shows its new item
        List<String> onScreen = onFx(() -> robot.lookup("#reviewIncidents .table-row-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(r -> r.isVisible() && !r.isEmpty())
                .map(r -> r.getIndex() + " " + ((IncidentRow) r.getItem()).title())
                .sorted()
                .toList());
        assertTrue(onScreen.contains("0 " + descending.get(0)), "the first row shows the first item: " + onScreen);
        for (String row : onScreen) {
            int index = Integer.parseInt(row.substring(0, row.indexOf(' ')));
            assertEquals(index + " " + descending.get(index), row);
        }
        assertNotNull(onFx(() -> review.model().sortColumn()));
    }

    @Test
    void selecting_a_row_selects_its_feature() throws Exception {
        robot.clickOn("#reviewSearch").write(WORD);
        WaitForAsyncUtils.waitForFxEvents();
        IncidentRow first = rows().get(0);
        Node cell = robot.lookup("#reviewIncidents .table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 0 && r.isVisible())
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.id(), onFx(() -> review.model().selectedProperty().get()));
        assertEquals(first.id(), onFx(() -> map.selectedProperty().get()), "the map marks the same feature");
        assertEquals(first.longitude(), onFx(() -> map.state().centreLon()), 1e-6, "and is centred on it");
        assertEquals(first.latitude(), onFx(() -> map.state().centreLat()), 1e-6);
        assertTrue(onFx(() -> map.state().zoom()) >= MapLink.INCIDENT_ZOOM, "close enough to tell it from others");

        // the row opens the feature in the details panel, and Escape on the map clears it everywhere
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#incidentTitle").tryQuery().isPresent()));
        assertEquals(
                first.title(),
                onFx(() -> robot.lookup("#incidentTitle")
                        .queryAs(javafx.scene.control.TextInputControl.class)
                        .getText()),
                "the details panel shows the chosen incident");
        onFx(() -> {
            map.requestFocus();
            return null;
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, onFx(() -> review.model().selectedProperty().get()), "Escape clears the selection");
        assertEquals(null, onFx(() -> map.selectedProperty().get()), "the map's mark goes with it");
        assertEquals(
                null,
                onFx(() -> review.table().incidentTable().getSelectionModel().getSelectedItem()),
                "and the table's row");
    }

    @Test
    void clicking_a_feature_on_the_map_selects_its_row() throws Exception {
        Incident target = natoIncidents.get(1);
        onFx(() -> {
            map.centreOn(target.location().getX(), target.location().getY(), 14);
            return null;
        });
        waitForMapFeatures(target.id());
        WaitForAsyncUtils.waitForFxEvents();
        Point2D screen = onFx(() -> map.localToScreen(
                map.state().screenX(target.location().getX()),
                map.state().screenY(target.location().getY())));

        robot.moveTo(screen).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(target.id(), onFx(() -> review.model().selectedProperty().get()), "the click picked the incident");
        IncidentRow selectedRow =
                onFx(() -> review.table().incidentTable().getSelectionModel().getSelectedItem());
        assertNotNull(selectedRow, "a row is selected");
        assertEquals(target.id(), selectedRow.id(), "the table selects its row");
        assertEquals(target.id(), onFx(() -> map.selectedProperty().get()));

        // a click where nothing is drawn clears the selection
        Point2D empty = onFx(() -> map.localToScreen(map.getWidth() / 2 + 60, map.getHeight() / 2 + 60));
        assertTrue(onFx(() -> map.drawnFeatures(Layer.INCIDENTS).stream()
                .noneMatch(f -> Math.hypot(
                                map.state().screenX(f.geometry().getCoordinate().x) - (map.getWidth() / 2 + 60),
                                map.state().screenY(f.geometry().getCoordinate().y) - (map.getHeight() / 2 + 60))
                        < 20)));
        robot.moveTo(empty).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, onFx(() -> review.model().selectedProperty().get()));
        assertEquals(
                null,
                onFx(() -> review.table().incidentTable().getSelectionModel().getSelectedItem()));
    }

    @Test
    void view_review_hides_the_table_and_timeline_and_gives_the_map_their_height() throws Exception {
        double before = onFx(() -> map.getHeight());
        robot.clickOn(map).press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertFalse(onFx(() -> review.isVisible() || review.timeline().isVisible()));
            assertTrue(onFx(() -> map.getHeight()) > before + 150, before + " -> " + onFx(() -> map.getHeight()));
        } finally {
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(onFx(() -> review.isVisible() && review.timeline().isVisible()));
        assertEquals(before, onFx(() -> map.getHeight()), 1.0, "shown again where it was");
    }

    /** Waits until the map's last viewport query holds the feature {@code id}. */
    private static void waitForMapFeatures(UUID id) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> map.shownFeatures(Layer.INCIDENTS).stream().anyMatch(f -> id.equals(f.id()))));
    }

    private static Set<UUID> drawnIds(Layer... layers) throws Exception {
        List<Layer> which = layers.length == 0 ? List.of(Layer.values()) : List.of(layers);
        return onFx(() -> {
            Set<UUID> out = new HashSet<>();
            for (Layer layer : which) {
                map.drawnFeatures(layer).forEach(f -> out.add(f.id()));
            }
            return out;
        });
    }

    /** The entry with this text in the open drop-down (not, say, the legend's label of the same name). */
    private Node menuEntry(String text) {
        return robot.lookup(".context-menu .label")
                .match(n -> n instanceof javafx.scene.control.Label l && text.equals(l.getText()))
                .query();
    }

    private Node titleHeader() {
        return robot.lookup("#reviewIncidents .column-header")
                .match(n -> "column-title".equals(n.getId()))
                .query();
    }

    private static Set<UUID> matching(java.util.function.Predicate<Incident> test) {
        return storeIncidents.stream().filter(test).map(Incident::id).collect(Collectors.toSet());
    }

    private static List<IncidentRow> rows() throws Exception {
        return onFx(() -> {
            TableView<IncidentRow> table = review.table().incidentTable();
            return List.copyOf(table.getItems());
        });
    }

    private static Set<UUID> tableIds() throws Exception {
        return rows().stream().map(IncidentRow::id).collect(Collectors.toSet());
    }

    private static Set<UUID> visibleIds() throws Exception {
        return onFx(() -> {
            PictureView view = review.model().viewProperty().get();
            Set<UUID> out = new HashSet<>();
            view.visible().forEach(out::add);
            return out;
        });
    }

    private static Set<UUID> visibleIncidentIds() throws Exception {
        Set<UUID> incidents = ids(storeIncidents);
        Set<UUID> out = visibleIds();
        out.retainAll(incidents);
        return out;
    }

    private static Set<UUID> ids(List<? extends Feature> features) {
        return features.stream().map(Feature::id).collect(Collectors.toSet());
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
