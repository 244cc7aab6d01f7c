package org.paxmap.app.brief;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The briefing panel's modal questions and notices, owned by the window. FX thread only. */
final class BriefingDialogs {
    private static final String TITLE = "Paxmap — briefing";

    private final Window owner;

    BriefingDialogs(Window owner) {
        this.owner = owner;
    }

    /** Shows {@code text} without waiting. */
    void alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setTitle(TITLE);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    /** Whether the user answers OK to {@code question}. */
    boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(TITLE);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** A name typed in answer to {@code prompt} (starting as {@code value}), stripped; empty when none or cancelled. */
    Optional<String> ask(String title, String prompt, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.initOwner(owner);
        dialog.setTitle("Paxmap — " + title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("briefingNameField");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
