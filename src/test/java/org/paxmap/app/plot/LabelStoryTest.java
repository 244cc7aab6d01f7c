package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.PlotFeatures;

/**
 * The analyst writes new release labels in the label editor of the real window: for a new incident (the label is
 * stored with it and offered afterwards), for an incident in the details panel (one edit, undone and redone with the
 * keys), and with an unknown REL TO code (a message at the field naming it, nothing written). The store is read
 * through the test's own connection.
 */
@Tag("slow")
class LabelStoryTest extends PlotStory {
    @Test
    void a_new_incident_is_stored_with_a_label_written_in_the_editor() throws Exception {
        Set<UUID> before = ids();
        w.press(KeyCode.I);
        fillIncident("Labelled checkpoint");
        w.robot.clickOn("#incidentLabelNew");
        PlotWindow.waitUntil("the label editor opens", () -> has("#labelEditor"));
        w.choose("#labelPolicy", "NATO");
        w.choose("#labelClassification", "NATO RESTRICTED");
        w.type("#labelRelTo", "fra, ita");
        assertEquals("NATO RESTRICTED // REL TO FRA, ITA", w.shown("#labelPreview"), "the display form, live");
        assertEquals("", w.shown("#labelEditor-releasableTo-problem"));
        w.press(KeyCode.ENTER);
        PlotWindow.waitUntil("Enter uses the label and closes the editor", () -> !has("#labelEditor"));
        ReleaseLabel chosen = PlotWindow.onFx(() -> labelChoice().getValue());
        assertEquals("NATO RESTRICTED // REL TO FRA, ITA", chosen.displayForm(), "the new label is chosen");

        w.robot.clickOn("#incidentForm-add");
        PlotWindow.waitUntil("the incident is stored", () -> added(before).size() == 1);
        ReleaseLabel stored = added(before).get(0).label();
        assertEquals("NATO", stored.policy());
        assertEquals("NATO RESTRICTED", stored.classification());
        assertEquals(List.of("FRA", "ITA"), stored.releasableTo());
        assertEquals(List.of(), stored.caveats());
        assertEquals("EXERCISE-HQ", stored.originator(), "the picture's originator (this node has no key)");
        PlotWindow.waitUntil(
                "the review's label filter offers the new label",
                () -> fx(() -> ((javafx.scene.control.MenuButton) w.reviewPane.lookup("#reviewLabelFilter"))
                        .getItems().stream()
                                .anyMatch(i -> i instanceof javafx.scene.control.CustomMenuItem c
                                        && c.getContent() instanceof javafx.scene.control.CheckBox b
                                        && b.getText().startsWith(stored.displayForm() + " "))));

        w.focusMap();
        w.press(KeyCode.ESCAPE);
        w.press(KeyCode.ESCAPE);
        w.press(KeyCode.R);
        PlotWindow.waitUntil("a new route form shows", () -> has("#routeLabel"));
        assertTrue(
                PlotWindow.onFx(() ->
                                ((ComboBox<?>) w.robot.lookup("#routeLabel").query()).getItems())
                        .contains(stored),
                "the written label is offered afterwards");
    }

    @Test
    void a_label_changed_in_the_details_panel_is_undone_and_redone_exactly() throws Exception {
        Incident created = createIncident("Relabelled checkpoint");
        ReleaseLabel original = created.label();
        long changes = w.changes();

        w.robot.clickOn("#incidentLabelNew");
        PlotWindow.waitUntil("the label editor opens", () -> has("#labelEditor"));
        assertEquals(original.displayForm(), w.shown("#labelPreview"), "the editor starts from the feature's label");
        w.choose("#labelPolicy", "UN");
        w.choose("#labelClassification", "UN CONFIDENTIAL");
        w.type("#labelRelTo", "UN, GHA");
        w.type("#labelCaveats", "mission only");
        w.robot.clickOn("#labelEditorOk");
        ReleaseLabel written =
                new ReleaseLabel("UN", "UN CONFIDENTIAL", List.of("UN", "GHA"), List.of("MISSION ONLY"), "EXERCISE-HQ");
        PlotWindow.waitUntil(
                "the new label is saved", () -> find(created).label().equals(written));
        assertEquals(changes + 1, w.changes(), "the label change is one store transaction");
        Feature relabelled = find(created);
        assertEquals(
                PlotFeatures.labelled(created, written).withSync(relabelled.sync()),
                relabelled,
                "only the label changed");

        w.focusMap();
        w.press(KeyCode.CONTROL, KeyCode.Z);
        PlotWindow.waitUntil(
                "the label change is undone", () -> find(created).label().equals(original));
        assertEquals(created.withSync(find(created).sync()), find(created), "undo restores the incident exactly");
        PlotWindow.waitUntil(
                "the details panel shows the old label",
                () -> original.equals(fx(() -> labelChoice().getValue())));

        w.focusMap();
        w.press(KeyCode.CONTROL, KeyCode.Y);
        PlotWindow.waitUntil(
                "the label change is redone", () -> find(created).label().equals(written));
        assertEquals(relabelled.withSync(find(created).sync()), find(created), "redo re-applies it exactly");
    }

    @Test
    void an_unknown_rel_to_code_is_named_at_the_field_and_nothing_is_written() throws Exception {
        Incident created = createIncident("Unrelabelled checkpoint");
        String checksum = StoreChecksum.of(w.store.file());

        w.robot.clickOn("#incidentLabelNew");
        PlotWindow.waitUntil("the label editor opens", () -> has("#labelEditor"));
        assertEquals("labelPolicy", focused(), "the editor starts at the policy");
        w.press(KeyCode.TAB);
        assertEquals("labelClassification", focused());
        w.press(KeyCode.TAB);
        assertEquals("labelRelTo", focused());
        w.type("#labelRelTo", "FRA, XYZ, ita");
        String problem = w.shown("#labelEditor-releasableTo-problem");
        assertTrue(
                problem.contains("XYZ") && !problem.contains("FRA"),
                "the message names the unknown code: " + problem + " (typed: " + w.text("#labelRelTo") + ")");
        w.press(KeyCode.TAB);
        assertEquals("labelCaveats", focused());
        w.press(KeyCode.TAB);
        assertEquals("labelOriginator", focused());

        w.press(KeyCode.ENTER);
        assertTrue(has("#labelEditor"), "Enter with an invalid label keeps the editor open");
        assertTrue(w.shown("#labelEditor-status").startsWith("Not used"), w.shown("#labelEditor-status"));
        w.press(KeyCode.ESCAPE);
        PlotWindow.waitUntil("Escape cancels the editor", () -> !has("#labelEditor"));
        assertEquals(created.label(), fx(() -> labelChoice().getValue()), "the form keeps the feature's label");
        Thread.sleep(300); // give a wrongly sent write time to land before comparing
        assertEquals(checksum, StoreChecksum.of(w.store.file()), "nothing was written");
    }

    /** Fills the incident form's required fields (position typed), leaving the label as it is. */
    private static void fillIncident(String title) {
        w.type("#incidentPosition", "33.2512, 35.2533");
        w.choose("#incidentEventType", "Peace operations");
        w.choose("#incidentType", "Checkpoint incident");
        w.choose("#incidentSeverity", "Low");
        w.type("#incidentTitle", title);
    }

    /** Adds an incident with the default label; it is then shown in the details panel. */
    private static Incident createIncident(String title) throws Exception {
        Set<UUID> before = ids();
        w.press(KeyCode.I);
        fillIncident(title);
        w.robot.clickOn("#incidentForm-add");
        PlotWindow.waitUntil("the incident is stored", () -> added(before).size() == 1);
        PlotWindow.waitUntil("its details show", () -> has("#incidentForm") && !has("#incidentForm-add"));
        return (Incident) added(before).get(0);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ReleaseLabel> labelChoice() {
        return (ComboBox<ReleaseLabel>) w.robot.lookup("#incidentLabel").query();
    }

    /** The id of the control that has the keyboard focus in the label editor. */
    private static String focused() throws Exception {
        return PlotWindow.onFx(() -> {
            Node focus = w.robot.lookup("#labelEditor").query().getScene().getFocusOwner();
            return focus == null ? "" : focus.getId();
        });
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) {
        try {
            return PlotWindow.onFx(call);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    private static Set<UUID> ids() throws Exception {
        return w.ids(Layer.INCIDENTS);
    }

    private static List<Feature> added(Set<UUID> before) {
        return w.added(Layer.INCIDENTS, before);
    }
}
