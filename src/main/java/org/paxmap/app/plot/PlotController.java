package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.edit.ZoneDraft;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;
import org.paxmap.store.PictureStore;

/**
 * The plotting hub of the window: the current tool, the selected feature, the details panel's content, the keys, and
 * the editing session of the open picture. The map's gestures call {@link #mapClicked}, {@link #finishDrawing} and
 * the session; everything written goes through {@link PlotSession} on the window's store thread. FX-thread only.
 */
public final class PlotController {
    private final Executor io;
    private final Executor reads;
    private final Consumer<Feature> pictureChanged;
    private final Window owner;
    private final DetailsPanel details;
    private final ObjectProperty<PlotTool> tool = new SimpleObjectProperty<>(PlotTool.SELECT);
    private final ReadOnlyObjectWrapper<Feature> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Node> content = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.IntegerProperty drawingVersion =
            new javafx.beans.property.SimpleIntegerProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty("Undo");
    private final StringProperty redoText = new SimpleStringProperty("Redo");
    private PlotSession session;
    private List<Feature> many = List.of();
    private UUID selecting; // the id select(UUID) is reading from the store, until it arrives or another is chosen
    private java.util.function.BooleanSupplier vertexDelete = () -> false;
    private final LabelChoices labels = new LabelChoices();

    /**
     * A controller whose store writes run on {@code io} (the window's store thread) and whose look-ups of a selected
     * feature and its provenance run on {@code reads} (the reader connection's thread); {@code pictureChanged} is told
     * on the FX thread after every write (to refresh the map and the counts); dialogs are owned by {@code owner}.
     */
    public PlotController(Executor io, Executor reads, Window owner, Consumer<Feature> pictureChanged) {
        this.io = io;
        this.reads = reads;
        this.owner = owner;
        this.pictureChanged = pictureChanged;
        this.details = new DetailsPanel(this::deleteSelected, this::cancel);
    }

    /**
     * Edits {@code store} from now on (a new undo history when it is another picture than before); {@code
     * pictureLabels} are the labels the forms offer, the first being the default, besides those written in the label
     * editor since the picture was opened.
     */
    public void attach(PictureStore store, List<ReleaseLabel> pictureLabels) {
        List<ReleaseLabel> offered = new ArrayList<>(pictureLabels);
        if (offered.isEmpty()) {
            offered.add(ReleaseLabel.exercise(store.nodeId()));
        }
        boolean sameStore = session != null && session.store() == store;
        labels.picture(offered, sameStore);
        if (sameStore) {
            return;
        }
        session = new PlotSession(store, io, this::changed);
        canUndo.bind(session.canUndoProperty());
        canRedo.bind(session.canRedoProperty());
        undoText.bind(session.undoTextProperty());
        redoText.bind(session.redoTextProperty());
        details.savedLine().textProperty().bind(session.lastMessageProperty());
        selected.set(null);
        tool.set(PlotTool.SELECT);
        retire();
        details.clear();
        content.set(null);
    }

    /** The toolbar for this controller. */
    public ToolPalette createPalette() {
        return new ToolPalette(this);
    }

    /** The right-hand details panel. */
    public DetailsPanel detailsPanel() {
        return details;
    }

    /** The session of the open picture, or {@code null} before one is attached. */
    public PlotSession session() {
        return session;
    }

    /** The open picture's store, or {@code null}. */
    PictureStore store() {
        return session == null ? null : session.store();
    }

    /** Who deletes the vertex picked on the map when Delete is pressed; it answers whether there was one. */
    void setVertexDelete(java.util.function.BooleanSupplier deleter) {
        this.vertexDelete = deleter;
    }

    /** Every selected feature: the one selected, or those a box selected. */
    List<Feature> selectedAll() {
        if (!many.isEmpty()) {
            return many;
        }
        Feature one = selected.get();
        return one == null ? List.of() : List.of(one);
    }

    /** Selects {@code features} (a box selection): one is shown in its form, several as a list. */
    public void selectAll(List<Feature> features) {
        if (features.isEmpty()) {
            cancel();
            return;
        }
        if (features.size() == 1) {
            select(features.get(0));
            return;
        }
        tool.set(PlotTool.SELECT);
        many = List.copyOf(features);
        selected.set(null);
        selected.set(features.get(0));
        VBox list = new VBox(2);
        list.setId("selectionList");
        for (Feature f : many) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(noun(f) + " '" + f.name() + "'");
            link.setOnAction(e -> select(f));
            list.getChildren().add(link);
        }
        show(many.size() + " features selected", "Click one to edit it; Delete deletes them all.", list, true);
    }

    /** The current tool; set it with {@link #setTool}. */
    public ObjectProperty<PlotTool> toolProperty() {
        return tool;
    }

    /** The selected feature as last stored, or {@code null}. */
    public ReadOnlyObjectProperty<Feature> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the details panel shows: a form, the measure panel, or {@code null}. */
    public ReadOnlyObjectProperty<Node> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    /** Picks {@code t}: drops a shape being drawn, and opens the new-feature form or the measure panel. */
    public void setTool(PlotTool t) {
        if (session == null) {
            return;
        }
        many = List.of();
        tool.set(t);
        switch (t) {
            case SELECT:
                showSelection();
                break;
            case MEASURE:
                selected.set(null);
                show(t.title() + " — range and bearing", t.hint(), new MeasurePanel(), false);
                break;
            default:
                selected.set(null);
                FeatureForm form = newForm(t);
                form.setOnCreated(this::created);
                show("New " + t.title().toLowerCase(java.util.Locale.ROOT), t.hint(), form, false);
                break;
        }
    }

    /** Escape: cancels the shape being drawn and goes back to Select; in Select, clears the selection. */
    public void cancel() {
        selecting = null;
        many = List.of();
        if (tool.get() == PlotTool.SELECT) {
            selected.set(null);
            retire();
            details.clear();
            content.set(null);
            drawingChanged();
        } else {
            setTool(PlotTool.SELECT);
        }
    }

    /** The map was clicked at {@code lonLat} with a drawing or measuring tool. */
    public void mapClicked(Coordinate lonLat) {
        Node shown = content.get();
        if (shown instanceof IncidentForm form) {
            form.clickedAt(lonLat);
        } else if (shown instanceof RouteForm form) {
            form.waypoints().points().add(lonLat.copy());
        } else if (shown instanceof ZoneForm form) {
            if (form.outline() == ZoneDraft.Outline.CIRCLE) {
                form.circleClick(lonLat);
            } else {
                form.points().points().add(lonLat.copy());
            }
        } else if (shown instanceof MeasurePanel panel) {
            panel.clicked(lonLat);
        }
    }

    /** Enter or double-click: adds the feature being drawn (the form says what is missing if it cannot). */
    public void finishDrawing() {
        if (content.get() instanceof FeatureForm form && !form.isEditing()) {
            form.submit();
        }
    }

    /** Backspace: takes back the last point drawn. */
    public void removeLastPoint() {
        Node shown = content.get();
        if (shown instanceof RouteForm form) {
            form.waypoints().removeLast();
        } else if (shown instanceof ZoneForm form) {
            form.points().removeLast();
        }
    }

    /** What the map shows of the shape being drawn or measured. */
    Preview preview() {
        Node shown = content.get();
        if (shown instanceof FeatureForm form) {
            return form.preview();
        }
        if (shown instanceof MeasurePanel panel) {
            return panel.preview();
        }
        return Preview.NONE;
    }

    /** Changes whenever the shape being drawn or measured changes. */
    public javafx.beans.value.ObservableIntegerValue drawingVersion() {
        return drawingVersion;
    }

    /** Selects the feature {@code id} (read off the FX thread) and shows its form; {@code null} clears. */
    public void select(UUID id) {
        if (id == null || session == null) {
            cancel();
            return;
        }
        if (id.equals(selecting)) {
            return; // already being read (the map's click and the review both ask for it)
        }
        selecting = id;
        PictureStore store = session.store();
        reads.execute(() -> {
            Optional<Feature> found;
            try {
                found = store.find(id);
            } catch (Exception e) {
                found = Optional.empty();
            }
            Optional<Feature> result = found.filter(f -> !f.sync().deleted());
            Platform.runLater(() -> {
                if (!id.equals(selecting)) {
                    return; // another selection was asked for meanwhile
                }
                selecting = null;
                result.ifPresentOrElse(this::select, this::cancel);
            });
        });
    }

    /** Selects {@code feature} (as stored) and shows its form. */
    public void select(Feature feature) {
        selecting = null;
        many = List.of();
        tool.set(PlotTool.SELECT);
        selected.set(feature);
        showSelection();
    }

    /** Deletes the selected feature after the analyst confirms. */
    public void deleteSelected() {
        List<Feature> doomed = selectedAll();
        if (doomed.isEmpty() || session == null) {
            return;
        }
        Feature feature = doomed.get(0);
        String what = doomed.size() == 1 ? noun(feature) + " '" + feature.name() + "'" : doomed.size() + " features";
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Delete " + what + "? Undo (Ctrl+Z) brings " + (doomed.size() == 1 ? "it" : "each one") + " back.",
                ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle("Paxmap — delete");
        confirm.setHeaderText(null);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        confirm.getDialogPane().setId("deleteConfirmation");
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                for (Feature f : doomed) {
                    session.run(
                            "deleted " + noun(f) + " '" + f.name() + "'",
                            s -> s.delete(f.id()),
                            new PlotSession.Outcome() {});
                }
            }
        });
        confirm.show();
    }

    /** Undoes the last change of the session. */
    public void undo() {
        if (session != null) {
            session.undo();
        }
    }

    /** Redoes the last undone change. */
    public void redo() {
        if (session != null) {
            session.redo();
        }
    }

    /**
     * Runs a geometry edit of the selected feature (a move or handle drag on the map); {@code unchanged} runs on the
     * FX thread if the edit is refused or fails (the map then shows the feature as it still is).
     */
    public void edit(String action, PlotSession.Call call, Runnable unchanged) {
        if (session != null) {
            session.run(action, call, new PlotSession.Outcome() {
                @Override
                public void refused(org.paxmap.edit.FieldProblems problems) {
                    unchanged.run();
                }

                @Override
                public void failed(String message) {
                    unchanged.run();
                }
            });
        }
    }

    /**
     * The plotting keys, for a key-pressed handler on the scene: tool letters, Escape, Enter, Backspace and Delete.
     * Keys typed into a text field or a choice are left to it (Escape still cancels). Consumes what it handles.
     */
    public void handleKey(KeyEvent e) {
        if (session == null || e.isConsumed()) {
            return;
        }
        Node focus = owner.getScene() == null ? null : owner.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl || focus instanceof ComboBoxBase;
        if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            e.consume();
            return;
        }
        if (typing || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER) {
            finishDrawing();
            e.consume();
        } else if (code == KeyCode.BACK_SPACE) {
            removeLastPoint();
            e.consume();
        } else if (code == KeyCode.DELETE) {
            if (!vertexDelete.getAsBoolean()) {
                deleteSelected();
            }
            e.consume();
        } else {
            for (PlotTool t : PlotTool.values()) {
                if (t.key() == code) {
                    setTool(t);
                    e.consume();
                    return;
                }
            }
        }
    }

    private void created(Feature feature) {
        select(feature);
    }

    private void changed(Feature stored, PlotSession.Outcome origin) {
        pictureChanged.accept(stored);
        if (!many.isEmpty()) {
            many = many.stream()
                    .filter(f -> !(stored.sync().deleted() && f.id().equals(stored.id())))
                    .toList();
            if (many.isEmpty()) {
                selected.set(null);
                retire();
                details.clear();
                content.set(null);
            } else {
                selected.set(null);
                selected.set(many.get(0));
            }
            return;
        }
        Feature current = selected.get();
        if (current == null || !current.id().equals(stored.id())) {
            return;
        }
        if (stored.sync().deleted()) {
            selected.set(null);
            retire();
            details.clear();
            content.set(null);
            return;
        }
        selected.set(stored);
        boolean fromTheForm = content.get() instanceof FeatureForm form && form.wrote(origin);
        if (!fromTheForm) {
            showSelection();
        }
    }

    private void showSelection() {
        Feature feature = selected.get();
        if (feature == null) {
            retire();
            details.clear();
            content.set(null);
            return;
        }
        FeatureForm form;
        if (feature instanceof Incident incident) {
            form = new IncidentForm(session, incident, labels);
        } else if (feature instanceof PatrolRoute route) {
            form = new RouteForm(session, route, labels);
        } else {
            form = new ZoneForm(session, null, (ThreatZone) feature, labels);
        }
        String hint;
        if (feature instanceof Incident) {
            hint = "Drag the incident on the map to move it. Fields are saved as you leave them.";
        } else if (feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Circle) {
            hint = "Drag the zone or its centre handle to move it, the handle on its edge to change the radius"
                    + " (or type them here). Fields are saved as you leave them.";
        } else if (feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Corridor) {
            hint = "Drag the zone to move it, an axis point to reshape it, a leg's midpoint to add an axis point,"
                    + " the handle at its side to change the width; Alt+click an axis point (or click it and press"
                    + " Delete) to delete it. Fields are saved as you leave them.";
        } else {
            hint = "Drag the feature to move it, a vertex to reshape it, an edge's midpoint to add a vertex;"
                    + " Alt+click a vertex (or click it and press Delete) to delete it."
                    + " Fields are saved as you leave them.";
        }
        show(
                noun(feature).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + noun(feature).substring(1) + " '" + feature.name() + "'",
                hint,
                form,
                true);
        readProvenance(feature.id(), form);
    }

    /** Reads where the feature came from on the store thread and shows it while {@code form} is still shown. */
    private void readProvenance(java.util.UUID id, FeatureForm form) {
        PictureStore store = session.store();
        reads.execute(() -> {
            try {
                org.paxmap.app.exchange.ProvenanceFacts facts = org.paxmap.app.exchange.ProvenanceFacts.read(store, id);
                javafx.application.Platform.runLater(() -> {
                    if (content.get() == form) {
                        details.showProvenance(facts);
                    }
                });
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                javafx.application.Platform.runLater(() -> {
                    if (content.get() == form) {
                        details.provenanceUnavailable(reason);
                    }
                });
            }
        });
    }

    private FeatureForm newForm(PlotTool t) {
        switch (t) {
            case INCIDENT:
                return new IncidentForm(session, null, labels);
            case ROUTE:
                return new RouteForm(session, null, labels);
            case CIRCLE:
                return new ZoneForm(session, ZoneDraft.Outline.CIRCLE, null, labels);
            case CORRIDOR:
                return new ZoneForm(session, ZoneDraft.Outline.CORRIDOR, null, labels);
            default:
                return new ZoneForm(session, ZoneDraft.Outline.POLYGON, null, labels);
        }
    }

    private void show(String title, String hint, Node node, boolean deletable) {
        retire();
        details.hideProvenance();
        details.show(title, hint, node, deletable);
        content.set(node);
        if (node instanceof FeatureForm form) {
            form.setOnChange(this::drawingChanged);
        } else if (node instanceof MeasurePanel panel) {
            panel.setOnChange(this::drawingChanged);
        }
        drawingChanged();
    }

    /** Retires the form shown, if any, so that it writes nothing more. */
    private void retire() {
        if (content.get() instanceof FeatureForm form) {
            form.dispose();
        }
    }

    private void drawingChanged() {
        drawingVersion.set(drawingVersion.get() + 1);
    }

    private static String noun(Feature f) {
        return f.layer().noun();
    }
}
