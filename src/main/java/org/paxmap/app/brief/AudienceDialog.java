package org.paxmap.app.brief;

import java.util.Locale;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.paxmap.brief.Briefing;

/**
 * The Audience… dialog: local use only, or the audience code the chosen briefing is released to; the store's refusal
 * is shown in the dialog, which stays open until the audience is set or cancelled. FX thread only.
 */
final class AudienceDialog {
    private AudienceDialog() {}

    /** Asks the audience of the panel's chosen briefing (warning when there is none) and sets it. */
    static void show(BriefingPanel panel) {
        Briefing b = panel.requireBriefing("choose the audience of");
        if (b == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(panel.owner());
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
        hint.setMinHeight(Region.USE_PREF_SIZE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        // the dialog grows to show the whole refusal (it lists what the picture knows)
        error.textProperty()
                .addListener((o, was, now) -> Platform.runLater(
                        () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        VBox box = new VBox(8, local, code, error, hint);
        box.setPrefWidth(400);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String wanted = local.isSelected() ? null : code.getText().strip();
            if (wanted != null && wanted.isEmpty()) {
                error.setText("Type the audience, or choose local use only.");
                return;
            }
            ok.setDisable(true);
            panel.session()
                    .run(
                            "Setting the audience of '" + b.name() + "'",
                            s -> {
                                s.setAudience(b.id(), wanted);
                                return b;
                            },
                            done -> {
                                panel.message(
                                        wanted == null
                                                ? "'" + b.name() + "' is for local use only."
                                                : "'" + b.name() + "' is for " + wanted.toUpperCase(Locale.ROOT) + ".");
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
}
