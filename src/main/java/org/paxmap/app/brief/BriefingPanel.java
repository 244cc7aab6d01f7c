package org.paxmap.app.brief;

import static org.paxmap.app.brief.BriefingControls.button;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import org.paxmap.app.map.MapView;
import org.paxmap.app.present.PresenterMode;
import org.paxmap.app.review.ReviewModel;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.store.PictureStore;

/**
 * The briefing side panel (View ▸ Briefing): Present, undo and redo of briefing edits at the top, then the {@link
 * BriefingChooser}, the {@link SlideList} with the {@link SlideCapture} controls, and the {@link SlideEditor} of the
 * selected slide; messages at the foot. It holds the {@link BriefingSession} of the picture shown and hands each state
 * read to its parts; every write goes through {@link Briefings} on the window's store thread. FX-thread only.
 */
public final class BriefingPanel extends VBox {
    private final Window owner;
    private final MapView map;
    private final ReviewModel review;
    private final ExecutorService io;
    private final BriefingDialogs dialogs;
    private final SlideOpener opener;
    private final BriefingExports exports = new BriefingExports(this);
    private final BriefingChooser chooser;
    private final SlideList slides;
    private final SlideEditor editor;
    private final Button undo = new Button("Undo");
    private final Button redo = new Button("Redo");
    private final Label message = new Label();

    private BriefingSession session;
    private BriefingSession.State state;

    /**
     * A panel over {@code map} and {@code review} in the window {@code owner}; store work runs on {@code io} (the
     * window's store thread); {@code openMap} opens a slide's base map (reporting failures).
     */
    public BriefingPanel(Window owner, MapView map, ReviewModel review, ExecutorService io, Consumer<Path> openMap) {
        this.owner = owner;
        this.map = map;
        this.review = review;
        this.io = io;
        this.dialogs = new BriefingDialogs(owner);
        this.opener = new SlideOpener(map, review, openMap);
        setId("briefingPanel");
        getStyleClass().addAll("layers-panel", "briefing-panel");
        setPrefWidth(280);
        setMinWidth(220);
        setMaxWidth(320);

        chooser = new BriefingChooser(this);
        slides = new SlideList(this);
        VBox slidesBox = new VBox(6, slides, new SlideCapture(this));
        slidesBox.setPadding(new Insets(4));
        editor = new SlideEditor(this);

        undo.setId("briefingUndo");
        redo.setId("briefingRedo");
        undo.setOnAction(e -> undo());
        redo.setOnAction(e -> redo());
        for (Button b : List.of(undo, redo)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setDisable(true);
            b.setWrapText(true);
            b.setTextAlignment(TextAlignment.CENTER);
        }
        Button present = button(
                "briefingPresent", "Present (F5)", "Present the briefing from the selected slide", this::present);
        present.setMaxWidth(Double.MAX_VALUE);
        present.getStyleClass().add("present-button");
        message.setId("briefingMessage");
        message.getStyleClass().add("map-details");
        message.setWrapText(true);
        // Present, undo and redo stay at the top and the messages at the foot; the rest scrolls
        VBox top = new VBox(4, present, undo, redo);
        top.setPadding(new Insets(6, 4, 6, 4));
        message.setPadding(new Insets(4));
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(
                titled("Briefing", "briefingPane", chooser),
                titled("Slides", "slidesPane", slidesBox),
                titled("Selected slide", "slideEditorPane", editor));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll, message);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        // shown (View > Briefing), the panel takes the focus, so its undo keys work at once
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(slides::focusList);
            }
        });
    }

    /** The exports of the File menu, which read the chosen briefing and the selected slide. */
    public BriefingExports exports() {
        return exports;
    }

    /**
     * Shows the briefings of {@code store} (the picture the window shows); the same picture shown again (after an
     * edit) reads its briefings again, keeping the choice.
     */
    public void show(PictureStore store) {
        if (session != null && session.store() == store) {
            session.refresh();
            return;
        }
        state = null;
        session = new BriefingSession(store, io, this::showState, this::message);
        session.choose(null);
    }

    /**
     * Presents the chosen briefing from the selected slide (the first when none is), or, with no briefing or an empty
     * one, the current view.
     */
    public void present() {
        PictureStore store = requireStore("present");
        if (store == null) {
            return;
        }
        Briefing b = chosenBriefing().filter(x -> !x.slides().isEmpty()).orElse(null);
        int start = b == null ? 0 : Math.max(0, selectedIndex());
        Slide live = b == null ? liveSlide("Live view") : null;
        try {
            PresenterMode.open(owner, store, b, start, live, BriefingExports.mapsFolder(), () -> requestFocus());
        } catch (RuntimeException e) {
            alert(Alert.AlertType.ERROR, "Presenter mode cannot open: " + e.getMessage());
        }
    }

    void undo() {
        if (session != null) {
            session.undo();
        }
    }

    void redo() {
        if (session != null) {
            session.redo();
        }
    }

    // -- what the panel shows

    private void showState(BriefingSession.State now) {
        if (session == null || now.store() != session.store()) {
            return;
        }
        state = now;
        chooser.show(now);
        slides.show(now.chosen());
        undo.setDisable(now.undo() == null);
        redo.setDisable(now.redo() == null);
        undo.setText(now.undo() == null ? "Undo" : "Undo " + now.undo());
        redo.setText(now.redo() == null ? "Redo" : "Redo " + now.redo());
        undo.setTooltip(new Tooltip(undo.getText() + " (Ctrl+Z in the panel)"));
        redo.setTooltip(new Tooltip(redo.getText() + " (Ctrl+Y in the panel)"));
        selected(slides.selectedSlide(), false);
    }

    /**
     * The selected slide changed (or was read again): fill in its editor, count what it withholds, and, when the user
     * chose it, show it in the window.
     */
    void selected(Slide slide, boolean byUser) {
        editor.show(slide, chosenBriefing().orElse(null), store().orElse(null));
        if (byUser && slide != null) {
            showInWindow(slide);
        }
    }

    /** Shows {@code slide} in the window: the map's extent and layers at once, then its filter and base map. */
    void showInWindow(Slide slide) {
        opener.show(slide, session);
    }

    /** Selects the slide {@code slideId} of the chosen briefing, if it has it. */
    void select(UUID slideId) {
        slides.select(slideId);
    }

    // -- keys: Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo briefing edits while the panel has the focus, except
    // in a text field, which undoes its own typing

    private void key(KeyEvent e) {
        if (!e.isShortcutDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            undo();
            e.consume();
        } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
            redo();
            e.consume();
        }
    }

    // -- edits

    /** Replaces the slide the editor shows by {@code how} applied to it. */
    void changeShown(String action, UnaryOperator<Slide> how) {
        change(action, editor.shownSlideId(), how);
    }

    /** Replaces the slide {@code id} of the chosen briefing (as last read) by {@code how} applied to it. */
    void change(String action, UUID id, UnaryOperator<Slide> how) {
        Briefing b = chosenBriefing().orElse(null);
        Slide s = b == null || id == null ? null : b.slide(id).orElse(null);
        if (s == null) {
            return;
        }
        Slide changed;
        try {
            changed = how.apply(s);
        } catch (IllegalArgumentException e) {
            message(e.getMessage());
            return;
        }
        if (changed.equals(s)) {
            return;
        }
        session.run(
                action,
                x -> {
                    x.updateSlide(b.id(), changed);
                    return changed;
                },
                c -> {});
    }

    // -- what the parts, the exports and the window read

    /** The session of the picture shown, or null before one is. */
    BriefingSession session() {
        return session;
    }

    BriefingDialogs dialogs() {
        return dialogs;
    }

    ReviewModel review() {
        return review;
    }

    Optional<PictureStore> store() {
        return Optional.ofNullable(session).map(BriefingSession::store);
    }

    Optional<Briefing> chosenBriefing() {
        return Optional.ofNullable(state).map(BriefingSession.State::chosen);
    }

    int selectedIndex() {
        return slides.selectedIndex();
    }

    Slide selectedSlide() {
        return slides.selectedSlide();
    }

    /** The current view as an unsaved slide titled {@code name}. */
    Slide liveSlide(String name) {
        return SlideViews.capture(name, map, review, null);
    }

    Window owner() {
        return owner;
    }

    PictureStore requireStore(String what) {
        PictureStore store = store().orElse(null);
        if (store == null) {
            alert(Alert.AlertType.WARNING, "Open or create a picture first; there is nothing to " + what + ".");
        }
        return store;
    }

    Briefing requireBriefing(String what) {
        if (requireStore(what) == null) {
            return null;
        }
        Briefing b = chosenBriefing().orElse(null);
        if (b == null) {
            alert(Alert.AlertType.WARNING, "Choose or create a briefing first (View ▸ Briefing) to " + what + ".");
        }
        return b;
    }

    /** Shows {@code text} at the foot of the panel. */
    void message(String text) {
        message.setText(text);
    }

    void alert(Alert.AlertType type, String text) {
        dialogs.alert(type, text);
    }

    private static TitledPane titled(String title, String id, VBox content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        return pane;
    }
}
