package org.paxmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

class EditSessionTest {
    @TempDir
    Path dir;

    private PictureStore store;
    private EditSession session;
    private final List<EditEvent> events = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = PictureStore.create(dir.resolve("edit.gpkg"), "node-a");
        session = new EditSession(store);
        session.addListener(events::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Feature stored(UUID id) throws Exception {
        return store.find(id).orElseThrow();
    }

    private long version(UUID id) throws Exception {
        return stored(id).sync().versions().get("node-a");
    }

    @Test
    void create_undo_redo() throws Exception {
        IncidentDraft draft = EditFixtures.incident();
        Incident expected = draft.toFeature(EditFixtures.SYNC);
        Feature created = session.create(draft);
        EditFixtures.assertSameContent(expected, stored(draft.id()));
        assertEquals(1, version(draft.id()));
        assertEquals(1, store.incidents(FeatureQuery.all()).size());
        assertEquals(
                "Create incident 'IED found at culvert'",
                session.nextUndo().orElseThrow().description());

        session.undo();
        assertTrue(stored(draft.id()).sync().deleted(), "undo of a create leaves a tombstone");
        assertEquals(0, store.incidents(FeatureQuery.all()).size());
        assertEquals(2, version(draft.id()));
        assertFalse(session.canUndo());

        session.redo();
        assertFalse(stored(draft.id()).sync().deleted());
        EditFixtures.assertSameContent(created, stored(draft.id()));
        assertEquals(3, version(draft.id()));
        assertEquals(
                List.of(EditEvent.Kind.DONE, EditEvent.Kind.UNDONE, EditEvent.Kind.REDONE),
                events.stream().map(EditEvent::kind).toList());
        assertEquals(stored(draft.id()), events.get(2).stored());
    }

    @Test
    void update_undo_redo_restores_every_field() throws Exception {
        Feature original = session.create(EditFixtures.incident());
        IncidentDraft edit = IncidentDraft.of((Incident) original)
                .title("IED found at bridge")
                .severity(Severity.CRITICAL)
                .casualties(1, 2, 3)
                .positionText("33.30, 35.25");
        Feature updated = session.update(edit);
        Incident now = (Incident) stored(original.id());
        assertEquals("IED found at bridge", now.title());
        assertEquals(Severity.CRITICAL, now.severity());
        assertEquals(35.25, now.location().getX());
        EditFixtures.assertSameContent(updated, now);

        session.undo();
        EditFixtures.assertSameContent(original, stored(original.id()));
        assertEquals(3, version(original.id()), "the vector keeps growing on undo");
        assertEquals(
                original.sync().contentSha256(), stored(original.id()).sync().contentSha256());

        session.redo();
        EditFixtures.assertSameContent(updated, stored(original.id()));
        assertEquals(4, version(original.id()));
    }

    @Test
    void an_update_that_changes_nothing_writes_nothing() throws Exception {
        Feature original = session.create(EditFixtures.route());
        session.update(RouteDraft.of((PatrolRoute) original));
        assertEquals(1, version(original.id()));
        assertEquals(1, events.size());
    }

    @Test
    void an_invalid_draft_writes_nothing() throws Exception {
        IncidentDraft bad = EditFixtures.incident().title("");
        assertThrows(InvalidEditException.class, () -> session.create(bad));
        assertTrue(store.find(bad.id()).isEmpty());
        assertFalse(session.canUndo());
        assertTrue(events.isEmpty());
    }

    @Test
    void delete_undo_redo() throws Exception {
        Feature zone = session.create(EditFixtures.zone());
        session.delete(zone.id());
        assertTrue(stored(zone.id()).sync().deleted());
        assertTrue(store.zones(FeatureQuery.all()).isEmpty());

        session.undo();
        EditFixtures.assertSameContent(zone, stored(zone.id()));
        assertEquals(
                List.of(zone.id()),
                store.zones(FeatureQuery.all()).stream().map(Feature::id).toList());

        session.redo();
        assertTrue(stored(zone.id()).sync().deleted());
        assertEquals(4, version(zone.id()));
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> session.move(zone.id(), 0.1, 0));
        assertTrue(e.getMessage().contains("has been deleted"), e.getMessage());
    }

    @Test
    void move_undo_redo_for_each_layer() throws Exception {
        for (FeatureDraft draft : List.of(EditFixtures.incident(), EditFixtures.route(), EditFixtures.zone())) {
            Feature original = session.create(draft);
            Feature moved = session.move(original.id(), 0.01, -0.02);
            Coordinate before = original.geometry().getCoordinates()[0];
            Coordinate after = stored(original.id()).geometry().getCoordinates()[0];
            assertEquals(before.x + 0.01, after.x, 1e-12);
            assertEquals(before.y - 0.02, after.y, 1e-12);
            EditFixtures.assertSameContent(moved, stored(original.id()));
            session.undo();
            EditFixtures.assertSameContent(original, stored(original.id()));
            session.redo();
            EditFixtures.assertSameContent(moved, stored(original.id()));
        }
    }

    @Test
    void reshape_undo_redo() throws Exception {
        ThreatZone zone = (ThreatZone) session.create(EditFixtures.zone());
        Feature inserted = session.insertVertex(zone.id(), VertexRef.of(1), new Coordinate(35.45, 33.15));
        assertEquals(6, stored(zone.id()).geometry().getNumPoints());
        Feature movedCorner = session.moveVertex(zone.id(), VertexRef.of(0), new Coordinate(35.28, 33.08));
        Feature deleted = session.deleteVertex(zone.id(), VertexRef.of(3));
        assertEquals(5, stored(zone.id()).geometry().getNumPoints());
        EditFixtures.assertSameContent(deleted, stored(zone.id()));

        session.undo();
        EditFixtures.assertSameContent(movedCorner, stored(zone.id()));
        session.undo();
        EditFixtures.assertSameContent(inserted, stored(zone.id()));
        session.undo();
        EditFixtures.assertSameContent(zone, stored(zone.id()));
        session.redo();
        EditFixtures.assertSameContent(inserted, stored(zone.id()));
        assertTrue(session.canRedo());
        // a new command clears what could be redone
        session.move(zone.id(), 0.001, 0);
        assertFalse(session.canRedo());
    }

    @Test
    void a_refused_reshape_writes_nothing_and_keeps_the_history() throws Exception {
        Feature route = session.create(EditFixtures.route());
        session.deleteVertex(route.id(), VertexRef.of(1));
        InvalidEditException e =
                assertThrows(InvalidEditException.class, () -> session.deleteVertex(route.id(), VertexRef.of(0)));
        assertEquals(
                "a route needs at least 2 waypoints: this one has only 2",
                e.problems().message(GeometryEdits.FIELD).orElseThrow());
        assertEquals(2, version(route.id()));
        assertEquals(
                "Delete a vertex of route 'BLUE 3'",
                session.nextUndo().orElseThrow().description());
    }

    @Test
    void undo_and_redo_with_nothing_to_do_refuse() {
        assertThrows(IllegalStateException.class, session::undo);
        assertThrows(IllegalStateException.class, session::redo);
    }

    @Test
    void edits_of_a_missing_feature_are_refused() {
        UUID unknown = UUID.randomUUID();
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> session.delete(unknown));
        assertEquals(
                "the picture has no feature " + unknown,
                e.problems().message(EditSession.FIELD_FEATURE).orElseThrow());
    }

    @Test
    void creating_an_existing_id_is_refused() throws Exception {
        Feature created = session.create(EditFixtures.incident());
        IncidentDraft again = IncidentDraft.of((Incident) created);
        assertThrows(InvalidEditException.class, () -> session.create(again));
    }

    @Test
    void listeners_hear_every_change_and_a_throwing_one_does_not_silence_the_others() throws Exception {
        List<EditEvent> second = new ArrayList<>();
        session.addListener(e -> {
            throw new IllegalStateException("listener failed");
        });
        session.addListener(second::add);
        IncidentDraft draft = EditFixtures.incident();
        assertThrows(IllegalStateException.class, () -> session.create(draft));
        assertEquals(1, second.size());
        assertTrue(store.find(draft.id()).isPresent(), "the change stays written");
        assertTrue(session.canUndo());
        assertNotEquals(events, List.of());
    }
}
