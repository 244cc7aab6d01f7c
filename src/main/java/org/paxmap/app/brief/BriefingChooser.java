package org.paxmap.app.brief;

import static org.paxmap.app.brief.BriefingControls.button;
import static org.paxmap.app.brief.BriefingControls.row;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;

/**
 * The briefing chooser of the panel: the picture's briefings to choose from, New…, Rename…, Delete, and the chosen
 * one's audience with Audience…. FX thread only.
 */
final class BriefingChooser extends VBox {
    private final BriefingPanel panel;
    private final ComboBox<Briefings.Summary> choice = new ComboBox<>();
    private final Label audienceText = new Label();
    private boolean refreshing;

    BriefingChooser(BriefingPanel panel) {
        super(6);
        this.panel = panel;
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
            if (!refreshing && now != null && panel.session() != null) {
                panel.session().choose(now.id());
            }
        });
        audienceText.setId("briefingAudienceText");
        audienceText.getStyleClass().add("map-details");
        audienceText.setWrapText(true);
        HBox edits = row(
                button("briefingNew", "New…", "A new, empty briefing", this::newBriefing),
                button("briefingRename", "Rename…", "Rename the briefing", this::renameBriefing),
                button("briefingDelete", "Delete", "Delete the briefing and its slides", this::deleteBriefing));
        Button audience =
                button("briefingAudience", "Audience…", "Who the briefing is for", () -> AudienceDialog.show(panel));
        getChildren().addAll(choice, edits, row(audienceText, audience));
        setPadding(new Insets(4));
        audienceText.setText("No picture open.");
    }

    /** Shows the briefings of {@code state} with its chosen one and that one's audience. */
    void show(BriefingSession.State state) {
        refreshing = true;
        try {
            choice.getItems().setAll(state.list());
            Briefing b = state.chosen();
            choice.setValue(
                    b == null
                            ? null
                            : state.list().stream()
                                    .filter(s -> s.id().equals(b.id()))
                                    .findFirst()
                                    .orElse(null));
            audienceText.setText(
                    b == null
                            ? "No briefing: New… makes one."
                            : b.audience() == null ? "Audience: local use only" : "Audience: " + b.audience());
        } finally {
            refreshing = false;
        }
    }

    void newBriefing() {
        panel.dialogs().ask("New briefing", "Name of the new briefing", "").ifPresent(this::createBriefing);
    }

    void createBriefing(String name) {
        panel.session()
                .run(
                        "Creating briefing '" + name + "'",
                        b -> b.create(name, null, userName(), ""),
                        created -> panel.message("Created briefing '" + created.name() + "'."));
    }

    void renameBriefing() {
        Briefing b = panel.requireBriefing("rename");
        if (b != null) {
            panel.dialogs()
                    .ask("Rename briefing", "New name of '" + b.name() + "'", b.name())
                    .ifPresent(name -> panel.session()
                            .run(
                                    "Renaming '" + b.name() + "'",
                                    s -> {
                                        s.rename(b.id(), name);
                                        return b;
                                    },
                                    r -> panel.message("Renamed '" + r.name() + "' to '" + name + "'.")));
        }
    }

    void deleteBriefing() {
        Briefing b = panel.requireBriefing("delete");
        if (b != null
                && panel.dialogs()
                        .confirm("Delete briefing '" + b.name() + "' and its "
                                + b.slides().size() + " slides?")) {
            panel.session()
                    .run(
                            "Deleting '" + b.name() + "'",
                            s -> {
                                s.delete(b.id());
                                return b;
                            },
                            d -> panel.message("Deleted briefing '" + d.name() + "' (Undo brings it back)."));
        }
    }

    private static String userName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "paxmap" : user;
    }
}
