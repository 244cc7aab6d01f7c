package org.paxmap.app.brief;

import static org.paxmap.app.brief.BriefingControls.button;
import static org.paxmap.app.brief.BriefingControls.caption;
import static org.paxmap.app.brief.BriefingControls.editable;
import static org.paxmap.app.brief.BriefingControls.row;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;

/**
 * The capture controls under the slide list: the new slide's title and Add slide, which captures the current view
 * after the selected slide, and the time window new slides take (the review's, or the last N days). FX thread only.
 */
final class SlideCapture extends VBox {
    private static final String REVIEW_WINDOW = "Review's window";

    private final BriefingPanel panel;
    private final TextField newTitle = new TextField();
    private final ChoiceBox<String> newTime = new ChoiceBox<>();
    private final Spinner<Integer> newDays = new Spinner<>(1, TimeWindow.MAX_DAYS, 7);

    SlideCapture(BriefingPanel panel) {
        super(6);
        this.panel = panel;
        newTitle.setId("newSlideTitle");
        newTitle.setPromptText("Title of the new slide");
        newTitle.setOnAction(e -> addSlide());
        newTime.setId("newSlideTime");
        newTime.getItems().addAll(REVIEW_WINDOW, SlideEditor.LAST_DAYS);
        newTime.setValue(REVIEW_WINDOW);
        newTime.setTooltip(new Tooltip(
                "The time window of new slides: the review's, or the last N days up to the" + " newest incident"));
        editable(newDays, "newSlideDays");
        newDays.setPrefWidth(64);
        newDays.setMinWidth(64);
        newDays.disableProperty().bind(newTime.valueProperty().isNotEqualTo(SlideEditor.LAST_DAYS));
        Button add = button(
                "addSlide", "Add slide", "Add the current view as a slide after the selected one", this::addSlide);
        add.setDefaultButton(false);
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, newTitle, add), caption("Time window of new slides"), row(newTime, newDays));
    }

    /** Adds the current view as a slide after the selected one (last when none is) and selects it. */
    void addSlide() {
        Briefing b = panel.requireBriefing("add a slide to");
        if (b == null) {
            return;
        }
        String typed = newTitle.getText().strip();
        String name = typed.isEmpty() ? "Slide " + (b.slides().size() + 1) : typed;
        TimeWindow window =
                SlideEditor.LAST_DAYS.equals(newTime.getValue()) ? TimeWindow.lastDays(newDays.getValue()) : null;
        Slide slide = panel.liveSlide(name);
        if (window != null) {
            slide = slide.withTime(window);
        }
        int selected = panel.selectedIndex();
        int at = selected < 0 ? b.slides().size() : selected + 1;
        Slide added = slide;
        newTitle.clear();
        panel.session()
                .run(
                        "Adding slide '" + name + "'",
                        s -> {
                            s.addSlide(b.id(), at, added);
                            return added;
                        },
                        a -> {
                            panel.select(a.id());
                            panel.message("Added slide '" + a.title() + "'.");
                        });
    }
}
