package org.paxmap.app.brief;

import static org.paxmap.app.brief.BriefingControls.button;
import static org.paxmap.app.brief.BriefingControls.row;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;

/**
 * The chosen briefing's slides in order, with Duplicate, Rename… and Delete of the selected one: choosing a slide
 * shows it in the window (clicking it again shows it again), and a press-drag-release gesture ({@code
 * startFullDrag}, so it works under Monocle too) moves a slide to where it is released. FX thread only.
 */
final class SlideList extends VBox {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final BriefingPanel panel;
    private final ListView<Slide> slides = new ListView<>();
    private boolean refreshing;
    private Slide dragged;
    // whether the press of the click under way changed the selection (and so already showed the slide)
    private boolean chosenByPress;

    SlideList(BriefingPanel panel) {
        super(6);
        this.panel = panel;
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
                panel.selected(now, true);
            }
        });
        HBox edits = row(
                button("slideDuplicate", "Duplicate", "Copy the selected slide", this::duplicateSlide),
                button("slideRename", "Rename…", "Rename the selected slide", this::renameSlide),
                button("slideDelete", "Delete", "Delete the selected slide", this::deleteSlide));
        getChildren().addAll(slides, edits);
    }

    /** Shows the slides of {@code b} (none when null), keeping the selected slide selected while it is there. */
    void show(Briefing b) {
        refreshing = true;
        try {
            UUID selectedId =
                    Optional.ofNullable(selectedSlide()).map(Slide::id).orElse(null);
            slides.getItems().setAll(b == null ? List.of() : b.slides());
            if (selectedId != null && b != null && b.indexOf(selectedId) >= 0) {
                slides.getSelectionModel().select(b.indexOf(selectedId));
            } else {
                slides.getSelectionModel().clearSelection();
            }
        } finally {
            refreshing = false;
        }
    }

    /** Selects the slide {@code slideId} of the chosen briefing, if it has it, and shows it in the editor. */
    void select(UUID slideId) {
        Briefing b = panel.chosenBriefing().orElse(null);
        if (b != null && b.indexOf(slideId) >= 0) {
            refreshing = true;
            try {
                slides.getSelectionModel().select(b.indexOf(slideId));
            } finally {
                refreshing = false;
            }
            panel.selected(selectedSlide(), false);
        }
    }

    int selectedIndex() {
        return slides.getSelectionModel().getSelectedIndex();
    }

    Slide selectedSlide() {
        return slides.getSelectionModel().getSelectedItem();
    }

    /** Gives the list the keyboard focus. */
    void focusList() {
        slides.requestFocus();
    }

    void duplicateSlide() {
        Briefing b = panel.requireBriefing("duplicate a slide of");
        Slide s = selectedSlide();
        if (b != null && s != null) {
            panel.session()
                    .run(
                            "Duplicating '" + s.title() + "'",
                            x -> x.duplicateSlide(b.id(), s.id()),
                            copy -> select(copy.id()));
        }
    }

    void renameSlide() {
        Slide s = selectedSlide();
        if (s != null) {
            panel.dialogs()
                    .ask("Rename slide", "New title of '" + s.title() + "'", s.title())
                    .ifPresent(t -> panel.changeShown("Renaming '" + s.title() + "'", x -> x.withTitle(t)));
        }
    }

    void deleteSlide() {
        Briefing b = panel.requireBriefing("delete a slide of");
        Slide s = selectedSlide();
        if (b != null && s != null && panel.dialogs().confirm("Delete slide '" + s.title() + "'?")) {
            panel.session()
                    .run(
                            "Deleting '" + s.title() + "'",
                            x -> {
                                x.deleteSlide(b.id(), s.id());
                                return s;
                            },
                            d -> panel.message("Deleted slide '" + d.title() + "' (Undo brings it back)."));
        }
    }

    /** Moves {@code slide} to {@code position} in the chosen briefing. */
    void moveSlide(Slide slide, int position) {
        Briefing b = panel.chosenBriefing().orElse(null);
        if (b == null || b.indexOf(slide.id()) == position) {
            return;
        }
        panel.session()
                .run(
                        "Moving '" + slide.title() + "'",
                        x -> {
                            x.moveSlide(b.id(), slide.id(), position);
                            return slide;
                        },
                        m -> select(m.id()));
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
                    panel.showInWindow(getItem());
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
