package org.paxmap.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.paxmap.interop.ImportPreview;
import org.paxmap.text.OutsideText;

/**
 * The preview of an import before anything is written: per layer what is added, updated or unchanged, how things
 * map, what is skipped and why, the label for unlabelled features. <em>Import</em> applies it; <em>Cancel</em> writes
 * nothing. Does not block. FX-thread only.
 */
final class ImportPreviewDialog {
    /** The button that applies the import. */
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private ImportPreviewDialog() {}

    /** Shows {@code preview}; runs {@code apply} if the user chooses Import. */
    static void show(Window owner, ImportPreview preview, Runnable apply) {
        TextArea text = new TextArea(String.join(
                "\n", preview.lines().stream().map(OutsideText::visible).toList()));
        text.setId("importPreview");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(760, 420);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", IMPORT, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Paxmap — import preview");
        alert.setHeaderText(
                preview.changes() == 0
                        ? "Nothing to change: the picture already holds all of it."
                        : (preview.changes() == 1 ? "1 feature" : preview.changes() + " features")
                                + " will be added or updated, in one step. Nothing is written until you choose"
                                + " Import.");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("importPreviewDialog");
        alert.setResizable(true);
        alert.resultProperty().addListener((o, was, now) -> {
            if (now == IMPORT) {
                apply.run();
            }
        });
        alert.show();
    }
}
