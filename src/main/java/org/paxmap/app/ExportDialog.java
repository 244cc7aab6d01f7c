package org.paxmap.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.paxmap.export.ExportFormat;

/**
 * File ▸ Export…: the format, the audience (none, a partner node, a group or a nation/organisation code) and the file
 * (typed, or chosen with Browse…). Changing the format changes the file's extension. FX-thread only.
 */
final class ExportDialog {
    /** The audience entry meaning "no audience". */
    static final String NONE = "None — everything, for local use";

    /** What the user chose; {@code audience} is {@code null} for none. */
    record Choice(ExportFormat format, String audience, Path file) {}

    private ExportDialog() {}

    /** Shows the dialog and waits; empty if cancelled. */
    static Optional<Choice> show(Window owner, Path suggested, List<String> audiences) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Paxmap — export");
        dialog.setHeaderText("Export for partners who are not on Paxmap");
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.description() + " — ." + f.extension();
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setValue(ExportFormat.KML);
        ComboBox<String> audience = new ComboBox<>();
        audience.setId("exportAudience");
        audience.getItems().add(NONE);
        audience.getItems().addAll(audiences);
        audience.setValue(NONE);
        audience.setVisibleRowCount(12);
        TextField file =
                new TextField(withExtension(suggested, ExportFormat.KML).toString());
        file.setId("exportFile");
        file.setPrefColumnCount(36);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to");
            Path current = Path.of(file.getText().isBlank() ? suggested.toString() : file.getText());
            if (current.toAbsolutePath().getParent() != null
                    && current.toAbsolutePath().getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            }
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
            File chosen =
                    chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(withExtension(chosen.toPath(), format.getValue()).toString());
            }
        });
        Label note = new Label();
        note.setId("exportNote");
        note.setWrapText(true);
        note.setMaxWidth(520);
        format.valueProperty().addListener((o, was, now) -> {
            if (!file.getText().isBlank()) {
                file.setText(withExtension(Path.of(file.getText()), now).toString());
            }
            note.setText(note(now, audience.getValue()));
        });
        audience.valueProperty().addListener((o, was, now) -> note.setText(note(format.getValue(), now)));
        note.setText(note(format.getValue(), audience.getValue()));
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Audience"), audience);
        grid.addRow(2, new Label("File"), fileRow);
        grid.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(export);
        ok.setId("exportRun");
        dialog.getDialogPane().setId("exportDialog");
        ok.disableProperty().bind(file.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == export
                ? new Choice(
                        format.getValue(),
                        NONE.equals(audience.getValue()) ? null : audience.getValue(),
                        withExtension(Path.of(file.getText().strip()), format.getValue()))
                : null);
        return dialog.showAndWait();
    }

    private static String note(ExportFormat format, String audience) {
        String what =
                switch (format) {
                    case GPX -> "GPX has no place for zones: they are left out and counted. ";
                    case ACLED -> "ACLED CSV holds incidents only: routes and zones are left out and counted. ";
                    default -> "";
                };
        if (audience == null || NONE.equals(audience)) {
            return what + "With no audience, everything is written; you will be shown the labels it carries and"
                    + " asked to confirm.";
        }
        return what + "Only what " + audience + " may see is written, by the release rules of bundles and"
                + " briefings; what is withheld is counted with the reason.";
    }

    /** {@code file} with the format's extension (added, or replacing another format's). */
    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (lower.endsWith("." + f.extension())) {
                name = name.substring(0, name.length() - f.extension().length() - 1);
                break;
            }
        }
        return file.resolveSibling(name + "." + format.extension());
    }
}
