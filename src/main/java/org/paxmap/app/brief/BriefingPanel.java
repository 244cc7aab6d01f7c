package org.paxmap.app.brief;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.paxmap.app.map.MapView;
import org.paxmap.app.present.PresenterMode;
import org.paxmap.app.review.ReviewModel;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.BaseMaps;
import org.paxmap.brief.present.ComposedSlide;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.brief.present.SlideComposer;
import org.paxmap.review.PictureFilter;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.MapFolder;

/**
 * The briefing side panel (View ▸ Briefing): the picture's briefings (choose, new, rename, delete, audience) and the
 * chosen one's slides in order — add the current view as a slide, reorder by dragging, duplicate, rename, delete;
 * the selected slide's title, notes, hold time and time window; how many features its audience does not see; undo
 * and redo of briefing edits; Present. Clicking a slide shows it in the window. Every write goes through {@link
 * Briefings} on the window's store thread ({@link BriefingSession}). FX-thread only.
 */
public final class BriefingPanel extends VBox {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final String REVIEW_WINDOW = "Review's window";
    private static final String LAST_DAYS = "Last N days";
    private static final String ALL_TIMES = "All times";
    private static final String FIXED = "Fixed window";

    private final Window owner;
    private final MapView map;
    private final ReviewModel review;
    private final ExecutorService io;
    private final Consumer<Path> openMap;
    private final BriefingExports exports = new BriefingExports(this);
    private final ExecutorService counter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paxmap-withheld");
        t.setDaemon(true);
        return t;
    });

    private final ComboBox<Briefings.Summary> choice = new ComboBox<>();
    private final Label audienceText = new Label();
    private final ListView<Slide> slides = new ListView<>();
    private final TextField newTitle = new TextField();
    private final ChoiceBox<String> newTime = new ChoiceBox<>();
    private final Spinner<Integer> newDays = new Spinner<>(1, TimeWindow.MAX_DAYS, 7);
    private final TextField title = new TextField();
    private final TextArea notes = new TextArea();
    private final Spinner<Integer> hold = new Spinner<>(0, Slide.MAX_HOLD_SECONDS, 0, 5);
    private final ChoiceBox<String> time = new ChoiceBox<>();
    private final Spinner<Integer> days = new Spinner<>(1, TimeWindow.MAX_DAYS, 7);
    private final Label timeText = new Label();
    private final Label withheld = new Label();
    private final Button undo = new Button("Undo");
    private final Button redo = new Button("Redo");
    private final Label message = new Label();
    private final VBox slideEditor;

    private BriefingSession session;
    private BriefingSession.State state;
    private boolean refreshing;
    private Slide dragged;
    // whether the press of the click under way changed the selection (and so already showed the slide)
    private boolean chosenByPress;
    // the slide the editor shows, and the slides the title and notes fields were taken up for
    private Slide shown;
    private UUID titleOf;
    private UUID notesOf;
    private int counting;

    /**
     * A panel over {@code map} and {@code review} in the window {@code owner}; store work runs on {@code io} (the
     * window's store thread); {@code openMap} opens a slide's base map (reporting failures).
     */
    public BriefingPanel(Window owner, MapView map, ReviewModel review, ExecutorService io, Consumer<Path> openMap) {
        this.owner = owner;
        this.map = map;
        this.review = review;
        this.io = io;
        this.openMap = openMap;
        setId("briefingPanel");
        getStyleClass().addAll("layers-panel", "briefing-panel");
        setPrefWidth(280);
        setMinWidth(220);
        setMaxWidth(320);

        choice.setId("briefingChoice");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setPromptText("No briefing yet");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Briefings.Summary s) {
                return s == null ? "" : s.name() + "  (" + s.slides() + ")";
            }

            @Override
            public Briefings.Summary fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().addListener((o, was, now) -> {
            if (!refreshing && now != null && session != null) {
                session.choose(now.id());
            }
        });
        audienceText.setId("briefingAudienceText");
        audienceText.getStyleClass().add("map-details");
        audienceText.setWrapText(true);
        VBox briefingBox = new VBox(
                6,
                choice,
                row(
                        button("briefingNew", "New…", "A new, empty briefing", this::newBriefing),
                        button("briefingRename", "Rename…", "Rename the briefing", this::renameBriefing),
                        button("briefingDelete", "Delete", "Delete the briefing and its slides", this::deleteBriefing)),
                row(audienceText, button("briefingAudience", "Audience…", "Who the briefing is for", this::audience)));
        briefingBox.setPadding(new Insets(4));
        TitledPane briefingPane = new TitledPane("Briefing", briefingBox);
        briefingPane.setId("briefingPane");

        slides.setId("slideList");
        slides.setPrefHeight(160);
        slides.setMinHeight(110);
        slides.setCellFactory(v -> new SlideCell());
        Label none = new Label("No slides yet: set the map up, then Add slide captures the view.");
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        slides.setPlaceholder(none);
        slides.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!refreshing) {
                chosenByPress = true;
                selected(now, true);
            }
        });
        newTitle.setId("newSlideTitle");
        newTitle.setPromptText("Title of the new slide");
        newTitle.setOnAction(e -> addSlide());
        newTime.setId("newSlideTime");
        newTime.getItems().addAll(REVIEW_WINDOW, LAST_DAYS);
        newTime.setValue(REVIEW_WINDOW);
        newTime.setTooltip(new Tooltip(
                "The time window of new slides: the review's, or the last N days up to the" + " newest incident"));
        newDays.setId("newSlideDays");
        newDays.setEditable(true);
        newDays.setPrefWidth(64);
        newDays.setMinWidth(64);
        newDays.disableProperty().bind(newTime.valueProperty().isNotEqualTo(LAST_DAYS));
        Button add = button(
                "addSlide", "Add slide", "Add the current view as a slide after the selected one", this::addSlide);
        add.setDefaultButton(false);
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        VBox slidesBox = new VBox(
                6,
                slides,
                row(
                        button("slideDuplicate", "Duplicate", "Copy the selected slide", this::duplicateSlide),
                        button("slideRename", "Rename…", "Rename the selected slide", this::renameSlide),
                        button("slideDelete", "Delete", "Delete the selected slide", this::deleteSlide)),
                new HBox(6, newTitle, add),
                caption("Time window of new slides"),
                row(newTime, newDays));
        slidesBox.setPadding(new Insets(4));
        TitledPane slidesPane = new TitledPane("Slides", slidesBox);
        slidesPane.setId("slidesPane");

        title.setId("slideTitle");
        title.setOnAction(e -> commitTitle());
        title.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                titleOf = shownSlideId();
            } else {
                commitTitle();
            }
        });
        notes.setId("slideNotes");
        notes.setPromptText("Speaker notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                notesOf = shownSlideId();
            } else {
                commitNotes();
            }
        });
        hold.setId("slideHold");
        hold.setEditable(true);
        hold.setPrefWidth(80);
        hold.valueProperty().addListener((o, was, now) -> {
            if (!refreshing) {
                change("Change the hold time", s -> s.withHoldSeconds(now));
            }
        });
        time.setId("slideTime");
        time.getItems().addAll(ALL_TIMES, FIXED, LAST_DAYS);
        time.valueProperty().addListener((o, was, now) -> {
            if (!refreshing && now != null) {
                timeChosen(now);
            }
        });
        days.setId("slideDays");
        days.setEditable(true);
        days.setPrefWidth(70);
        days.disableProperty().bind(time.valueProperty().isNotEqualTo(LAST_DAYS));
        days.valueProperty().addListener((o, was, now) -> {
            if (!refreshing && LAST_DAYS.equals(time.getValue())) {
                change("Change the time window", s -> s.withTime(TimeWindow.lastDays(now)));
            }
        });
        timeText.setId("slideTimeText");
        timeText.getStyleClass().add("map-details");
        timeText.setWrapText(true);
        withheld.setId("slideWithheld");
        withheld.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Hold"), row(hold, new Label("s (0: until next)")));
        form.addRow(2, new Label("Time"), row(time, days));
        form.add(timeText, 1, 3);
        form.add(
                button(
                        "slideTimeFromReview",
                        "Take the review's window",
                        "Set the slide's time window to the review's (a fixed window)",
                        () -> timeChosen(FIXED)),
                1,
                4);
        GridPane.setHgrow(title, Priority.ALWAYS);
        slideEditor = new VBox(6, form, notes, withheld);
        slideEditor.setPadding(new Insets(4));
        slideEditor.setDisable(true);
        TitledPane editorPane = new TitledPane("Selected slide", slideEditor);
        editorPane.setId("slideEditorPane");

        undo.setId("briefingUndo");
        redo.setId("briefingRedo");
        undo.setOnAction(e -> undo());
        redo.setOnAction(e -> redo());
        for (Button b : List.of(undo, redo)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setDisable(true);
            b.setWrapText(true);
            b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
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
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(briefingPane, slidesPane, editorPane);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll, message);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        // a number typed into a spinner counts when the spinner loses the focus, not only on Enter
        for (Spinner<Integer> spinner : List.of(hold, days, newDays)) {
            spinner.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    spinner.increment(0);
                }
            });
        }
        // shown (View > Briefing), the panel takes the focus, so its undo keys work at once
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(slides::requestFocus);
            }
        });
        showNoPicture();
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
            PresenterMode.open(owner, store, io, b, start, live, BriefingExports.mapsFolder(), () -> requestFocus());
        } catch (RuntimeException e) {
            alert(Alert.AlertType.ERROR, "Presenter mode cannot open: " + e.getMessage());
        }
    }

    // -- briefings

    void newBriefing() {
        ask("New briefing", "Name of the new briefing", "").ifPresent(this::createBriefing);
    }

    void createBriefing(String name) {
        session.run(
                "Creating briefing '" + name + "'",
                b -> b.create(name, null, userName(), ""),
                created -> message("Created briefing '" + created.name() + "'."));
    }

    void renameBriefing() {
        Briefing b = requireBriefing("rename");
        if (b != null) {
            ask("Rename briefing", "New name of '" + b.name() + "'", b.name())
                    .ifPresent(name -> session.run(
                            "Renaming '" + b.name() + "'",
                            s -> {
                                s.rename(b.id(), name);
                                return b;
                            },
                            r -> message("Renamed '" + r.name() + "' to '" + name + "'.")));
        }
    }

    void deleteBriefing() {
        Briefing b = requireBriefing("delete");
        if (b != null
                && confirm("Delete briefing '" + b.name() + "' and its "
                        + b.slides().size() + " slides?")) {
            session.run(
                    "Deleting '" + b.name() + "'",
                    s -> {
                        s.delete(b.id());
                        return b;
                    },
                    d -> message("Deleted briefing '" + d.name() + "' (Undo brings it back)."));
        }
    }

    void audience() {
        Briefing b = requireBriefing("choose the audience of");
        if (b == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Paxmap — audience of '" + b.name() + "'");
        dialog.setHeaderText(null);
        CheckBox local = new CheckBox("Local use only (not released)");
        local.setId("audienceLocal");
        local.setSelected(b.audience() == null);
        TextField code = new TextField(b.audience() == null ? "" : b.audience());
        code.setId("audienceCode");
        code.setPromptText("ITA, UN, NATO or a partner node");
        code.disableProperty().bind(local.selectedProperty());
        Label hint = new Label("A partner node of the trust list, a nation or organisation code, or a group.");
        hint.getStyleClass().add("map-details");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("audienceError");
        error.getStyleClass().add("plot-problem");
        error.setWrapText(true);
        error.setMaxWidth(380);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the dialog grows to show the whole refusal (it lists what the picture knows)
        error.textProperty()
                .addListener((o, was, now) -> Platform.runLater(
                        () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        VBox box = new VBox(8, local, code, error, hint);
        box.setPrefWidth(400);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            String wanted = local.isSelected() ? null : code.getText().strip();
            if (wanted != null && wanted.isEmpty()) {
                error.setText("Type the audience, or choose local use only.");
                return;
            }
            ok.setDisable(true);
            session.run(
                    "Setting the audience of '" + b.name() + "'",
                    s -> {
                        s.setAudience(b.id(), wanted);
                        return b;
                    },
                    done -> {
                        message(
                                wanted == null
                                        ? "'" + b.name() + "' is for local use only."
                                        : "'" + b.name() + "' is for " + wanted.toUpperCase(java.util.Locale.ROOT)
                                                + ".");
                        dialog.setResult(ButtonType.OK);
                        dialog.close();
                    },
                    reason -> {
                        ok.setDisable(false);
                        error.setText(reason);
                    });
        });
        dialog.show();
        code.requestFocus();
    }

    // -- slides

    void addSlide() {
        Briefing b = requireBriefing("add a slide to");
        if (b == null) {
            return;
        }
        String typed = newTitle.getText().strip();
        String name = typed.isEmpty() ? "Slide " + (b.slides().size() + 1) : typed;
        TimeWindow window = LAST_DAYS.equals(newTime.getValue()) ? TimeWindow.lastDays(newDays.getValue()) : null;
        Slide slide = liveSlide(name);
        if (window != null) {
            slide = slide.withTime(window);
        }
        int at = selectedIndex() < 0 ? b.slides().size() : selectedIndex() + 1;
        Slide added = slide;
        newTitle.clear();
        session.run(
                "Adding slide '" + name + "'",
                s -> {
                    s.addSlide(b.id(), at, added);
                    return added;
                },
                a -> {
                    select(a.id());
                    message("Added slide '" + a.title() + "'.");
                });
    }

    void duplicateSlide() {
        Briefing b = requireBriefing("duplicate a slide of");
        Slide s = selectedSlide();
        if (b != null && s != null) {
            session.run(
                    "Duplicating '" + s.title() + "'",
                    x -> x.duplicateSlide(b.id(), s.id()),
                    copy -> select(copy.id()));
        }
    }

    void renameSlide() {
        Slide s = selectedSlide();
        if (s != null) {
            ask("Rename slide", "New title of '" + s.title() + "'", s.title())
                    .ifPresent(t -> change("Renaming '" + s.title() + "'", x -> x.withTitle(t)));
        }
    }

    void deleteSlide() {
        Briefing b = requireBriefing("delete a slide of");
        Slide s = selectedSlide();
        if (b != null && s != null && confirm("Delete slide '" + s.title() + "'?")) {
            session.run(
                    "Deleting '" + s.title() + "'",
                    x -> {
                        x.deleteSlide(b.id(), s.id());
                        return s;
                    },
                    d -> message("Deleted slide '" + d.title() + "' (Undo brings it back)."));
        }
    }

    /** Moves {@code slide} to {@code position} in the chosen briefing. */
    void moveSlide(Slide slide, int position) {
        Briefing b = chosenBriefing().orElse(null);
        if (b == null || b.indexOf(slide.id()) == position) {
            return;
        }
        session.run(
                "Moving '" + slide.title() + "'",
                x -> {
                    x.moveSlide(b.id(), slide.id(), position);
                    return slide;
                },
                m -> select(m.id()));
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

    // Replaces the selected slide by {@code how} applied to it, keeping it selected.
    private void change(String action, java.util.function.UnaryOperator<Slide> how) {
        change(action, shownSlideId(), how);
    }

    // Replaces the slide {@code id} of the chosen briefing (as last read) by {@code how} applied to it.
    private void change(String action, UUID id, java.util.function.UnaryOperator<Slide> how) {
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

    // The title and notes typed are the slide's that was shown when the field took the focus, even when another
    // slide is chosen by the click that takes the focus away.
    private void commitTitle() {
        if (!refreshing) {
            change(
                    "Renaming the slide",
                    title.isFocused() ? shownSlideId() : titleOf,
                    s -> s.withTitle(title.getText()));
        }
    }

    private void commitNotes() {
        if (!refreshing) {
            change("Changing the notes", notesOf, s -> s.withNotes(notes.getText()));
        }
    }

    private UUID shownSlideId() {
        return shown == null ? null : shown.id();
    }

    private void timeChosen(String kind) {
        if (FIXED.equals(kind)) {
            TimeWindow w = SlideViews.reviewWindow(review);
            if (w.kind() == TimeWindow.Kind.NONE) {
                message("The review has no time window: drag one on the timeline, then take it.");
                populate(selectedSlide());
                return;
            }
            change("Changing the time window", s -> s.withTime(w));
        } else if (LAST_DAYS.equals(kind)) {
            change("Changing the time window", s -> s.withTime(TimeWindow.lastDays(days.getValue())));
        } else {
            change("Changing the time window", s -> s.withTime(TimeWindow.none()));
        }
    }

    // -- what the panel shows

    private void showState(BriefingSession.State now) {
        if (session == null || now.store() != session.store()) {
            return;
        }
        state = now;
        refreshing = true;
        try {
            UUID selectedId = Optional.ofNullable(slides.getSelectionModel().getSelectedItem())
                    .map(Slide::id)
                    .orElse(null);
            choice.getItems().setAll(now.list());
            Briefing b = now.chosen();
            choice.setValue(
                    b == null
                            ? null
                            : now.list().stream()
                                    .filter(s -> s.id().equals(b.id()))
                                    .findFirst()
                                    .orElse(null));
            audienceText.setText(
                    b == null
                            ? "No briefing: New… makes one."
                            : b.audience() == null ? "Audience: local use only" : "Audience: " + b.audience());
            slides.getItems().setAll(b == null ? List.of() : b.slides());
            if (selectedId != null && b != null && b.indexOf(selectedId) >= 0) {
                slides.getSelectionModel().select(b.indexOf(selectedId));
            } else {
                slides.getSelectionModel().clearSelection();
            }
            undo.setDisable(now.undo() == null);
            redo.setDisable(now.redo() == null);
            undo.setText(now.undo() == null ? "Undo" : "Undo " + now.undo());
            redo.setText(now.redo() == null ? "Redo" : "Redo " + now.redo());
            undo.setTooltip(new Tooltip(undo.getText() + " (Ctrl+Z in the panel)"));
            redo.setTooltip(new Tooltip(redo.getText() + " (Ctrl+Y in the panel)"));
        } finally {
            refreshing = false;
        }
        selected(slides.getSelectionModel().getSelectedItem(), false);
    }

    // The selected slide changed (or was read again): fill in its editor, count what it withholds, and, when the user
    // chose it, show it in the window.
    private void selected(Slide slide, boolean byUser) {
        populate(slide);
        countWithheld(slide);
        if (byUser && slide != null) {
            showInWindow(slide);
        }
    }

    private void populate(Slide slide) {
        shown = slide;
        refreshing = true;
        try {
            slideEditor.setDisable(slide == null);
            if (slide == null) {
                title.clear();
                notes.clear();
                timeText.setText("");
                return;
            }
            if (!title.isFocused()) {
                title.setText(slide.title());
            }
            if (!notes.isFocused()) {
                notes.setText(slide.notes());
            }
            hold.getValueFactory().setValue(slide.holdSeconds());
            TimeWindow w = slide.time();
            time.setValue(
                    w.kind() == TimeWindow.Kind.FIXED
                            ? FIXED
                            : w.kind() == TimeWindow.Kind.LAST_DAYS ? LAST_DAYS : ALL_TIMES);
            days.getValueFactory().setValue(w.kind() == TimeWindow.Kind.LAST_DAYS ? w.days() : 7);
            timeText.setText(SlideViews.describe(w));
        } finally {
            refreshing = false;
        }
    }

    /** Shows {@code slide} in the window: the map's extent and layers at once, then its filter and base map. */
    void showInWindow(Slide slide) {
        PictureFilter plain =
                slide.time().kind() == TimeWindow.Kind.LAST_DAYS ? null : slide.effectiveFilter(Instant.EPOCH);
        SlideViews.show(slide, plain, map, review);
        Path shown = map.tileSetFileProperty().get();
        session.run(
                "Showing slide '" + slide.title() + "'",
                s -> new Shown(s.effectiveFilter(slide), baseMapFile(slide.baseMap())),
                shownNow -> {
                    if (plain == null) {
                        review.setFilter(shownNow.filter());
                    }
                    Path wanted = shownNow.baseMap();
                    if (wanted != null
                            && (shown == null
                                    || !shown.toAbsolutePath()
                                            .normalize()
                                            .equals(wanted.toAbsolutePath().normalize()))) {
                        openMap.accept(wanted);
                    }
                });
    }

    /** What a slide shows, read on the store thread: the filter with its window resolved, and its base map's file. */
    private record Shown(PictureFilter filter, Path baseMap) {}

    // off the FX thread: the base map's file, or null when it cannot be found (exports say why)
    private static Path baseMapFile(String name) {
        if (name == null) {
            return MapFolder.baseMap().orElse(null);
        }
        return MapFolder.folder()
                .map(f -> f.resolve(name))
                .filter(Files::exists)
                .orElse(null);
    }

    // Counts, off the FX thread, the features the slide would show for local use but not for the audience.
    private void countWithheld(Slide slide) {
        int ticket = ++counting;
        Briefing b = chosenBriefing().orElse(null);
        if (slide == null || b == null) {
            withheld.setText("");
            return;
        }
        if (b.audience() == null) {
            withheld.setText("Local use only: nothing is withheld.");
            withheld.setTooltip(null);
            return;
        }
        withheld.setText("Counting what " + b.audience() + " may not see…");
        PictureStore store = session.store();
        int index = b.indexOf(slide.id());
        counter.execute(() -> {
            String text;
            String why = null;
            try (SlideComposer composer = SlideComposer.forBriefing(
                    store, b, null, new BaseMaps(BriefingExports.mapsFolder()), Instant.now())) {
                ComposedSlide composed = composer.prepare(
                                slide,
                                PageSpec.pixels(1280, 720).layout(),
                                "",
                                "slide " + (index + 1) + " '" + slide.title() + "'")
                        .compose();
                int n = composed.withheld();
                text = n == 0
                        ? "Nothing withheld for this audience."
                        : n + (n == 1 ? " feature" : " features") + " withheld for this audience";
                why = composed.withheldReasons().entrySet().stream()
                        .map(e -> e.getValue() + " — " + e.getKey())
                        .collect(Collectors.joining("\n"));
            } catch (Exception | Error e) {
                text = "Cannot count what is withheld: " + e.getMessage();
            }
            String shownText = text;
            String tooltip = why;
            Platform.runLater(() -> {
                if (ticket == counting) {
                    withheld.setText(shownText);
                    withheld.setTooltip(tooltip == null || tooltip.isEmpty() ? null : new Tooltip(tooltip));
                }
            });
        });
    }

    private void showNoPicture() {
        audienceText.setText("No picture open.");
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

    // -- what the exports and the window read

    Optional<PictureStore> store() {
        return Optional.ofNullable(session).map(BriefingSession::store);
    }

    Optional<Briefing> chosenBriefing() {
        return Optional.ofNullable(state).map(BriefingSession.State::chosen);
    }

    int selectedIndex() {
        return slides.getSelectionModel().getSelectedIndex();
    }

    Slide selectedSlide() {
        return slides.getSelectionModel().getSelectedItem();
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
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setTitle("Paxmap — briefing");
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    private void select(UUID slideId) {
        Briefing b = chosenBriefing().orElse(null);
        if (b != null && b.indexOf(slideId) >= 0) {
            refreshing = true;
            try {
                slides.getSelectionModel().select(b.indexOf(slideId));
            } finally {
                refreshing = false;
            }
            selected(slides.getSelectionModel().getSelectedItem(), false);
        }
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Paxmap — briefing");
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Optional<String> ask(String title, String prompt, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.initOwner(owner);
        dialog.setTitle("Paxmap — " + title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("briefingNameField");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("map-details");
        return label;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static String userName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "paxmap" : user;
    }

    /** A slide in the list: its number and title, and its time window in words; dragged to reorder. */
    private final class SlideCell extends ListCell<Slide> {
        SlideCell() {
            getStyleClass().add("slide-cell");
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    dragged = getItem();
                    startFullDrag();
                }
            });
            setOnMouseDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, dragged != null));
            setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnMouseDragReleased(e -> {
                pseudoClassStateChanged(DROP_TARGET, false);
                Slide moving = dragged;
                dragged = null;
                if (moving != null) {
                    int last = slides.getItems().size() - 1;
                    moveSlide(moving, isEmpty() ? last : Math.min(getIndex(), last));
                }
                e.consume();
            });
            setOnMouseReleased(e -> dragged = null);
            // a click on the slide already selected shows it again (after the map was moved, say)
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chosenByPress = false);
            setOnMouseClicked(e -> {
                if (!chosenByPress && !isEmpty() && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    showInWindow(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Slide slide, boolean empty) {
            super.updateItem(slide, empty);
            if (empty || slide == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label((getIndex() + 1) + ".  " + (slide.title().isEmpty() ? "(untitled)" : slide.title()));
            name.getStyleClass().add("slide-title");
            Label when = new Label(SlideViews.describe(slide.time()));
            when.getStyleClass().add("map-details");
            setText(null);
            setGraphic(new VBox(1, name, when));
            setTooltip(new Tooltip(slide.view().describe() + (slide.notes().isEmpty() ? "" : "\n\n" + slide.notes())));
        }
    }
}
