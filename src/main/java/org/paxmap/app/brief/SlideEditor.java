package org.paxmap.app.brief;

import static org.paxmap.app.brief.BriefingControls.button;
import static org.paxmap.app.brief.BriefingControls.editable;
import static org.paxmap.app.brief.BriefingControls.row;

import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.store.PictureStore;

/**
 * The selected slide's editor: its title, hold time, time window (all times, a fixed window taken from the review, or
 * the last N days) and speaker notes, each change written at once, and how many features its audience does not see.
 * Disabled while no slide is selected. FX thread only.
 */
final class SlideEditor extends VBox {
    static final String LAST_DAYS = "Last N days";
    private static final String ALL_TIMES = "All times";
    private static final String FIXED = "Fixed window";

    private final BriefingPanel panel;
    private final TextField title = new TextField();
    private final TextArea notes = new TextArea();
    private final Spinner<Integer> hold = new Spinner<>(0, Slide.MAX_HOLD_SECONDS, 0, 5);
    private final ChoiceBox<String> time = new ChoiceBox<>();
    private final Spinner<Integer> days = new Spinner<>(1, TimeWindow.MAX_DAYS, 7);
    private final Label timeText = new Label();
    private final WithheldLabel withheld = new WithheldLabel();
    private boolean refreshing;
    // the slide the editor shows, and the slides the title and notes fields were taken up for
    private Slide shown;
    private UUID titleOf;
    private UUID notesOf;

    SlideEditor(BriefingPanel panel) {
        super(6);
        this.panel = panel;
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
        editable(hold, "slideHold");
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
        editable(days, "slideDays");
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
        getChildren().addAll(form, notes, withheld);
        setPadding(new Insets(4));
        setDisable(true);
    }

    /**
     * Shows {@code slide} (nothing when null) of the chosen briefing {@code b} of {@code store} in the fields, keeping
     * what is being typed, and counts what its audience does not see.
     */
    void show(Slide slide, Briefing b, PictureStore store) {
        populate(slide);
        withheld.count(slide, b, store);
    }

    /** The id of the slide the editor shows, or null. */
    UUID shownSlideId() {
        return shown == null ? null : shown.id();
    }

    private void populate(Slide slide) {
        shown = slide;
        refreshing = true;
        try {
            setDisable(slide == null);
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

    // Replaces the shown slide by {@code how} applied to it, keeping it selected.
    private void change(String action, UnaryOperator<Slide> how) {
        panel.change(action, shownSlideId(), how);
    }

    // The title and notes typed are the slide's that was shown when the field took the focus, even when another
    // slide is chosen by the click that takes the focus away.
    private void commitTitle() {
        if (!refreshing) {
            panel.change(
                    "Renaming the slide",
                    title.isFocused() ? shownSlideId() : titleOf,
                    s -> s.withTitle(title.getText()));
        }
    }

    private void commitNotes() {
        if (!refreshing) {
            panel.change("Changing the notes", notesOf, s -> s.withNotes(notes.getText()));
        }
    }

    private void timeChosen(String kind) {
        if (FIXED.equals(kind)) {
            TimeWindow w = SlideViews.reviewWindow(panel.review());
            if (w.kind() == TimeWindow.Kind.NONE) {
                panel.message("The review has no time window: drag one on the timeline, then take it.");
                populate(panel.selectedSlide());
                return;
            }
            change("Changing the time window", s -> s.withTime(w));
        } else if (LAST_DAYS.equals(kind)) {
            change("Changing the time window", s -> s.withTime(TimeWindow.lastDays(days.getValue())));
        } else {
            change("Changing the time window", s -> s.withTime(TimeWindow.none()));
        }
    }
}
