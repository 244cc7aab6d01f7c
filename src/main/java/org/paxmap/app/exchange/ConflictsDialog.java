package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.paxmap.bundle.sync.Resolution;
import org.paxmap.bundle.sync.SyncEngine;
import org.paxmap.store.PictureStore;

/**
 * The features in conflict: a list on the left; for the selected one, this node's version and the partner's side by
 * side field by field (differences first and highlighted), why they conflict, where the feature came from, and Keep
 * mine / Take theirs. Resolving writes a new local version in the background and refreshes the window. FX-thread
 * only.
 */
final class ConflictsDialog {
    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final ListView<ConflictCase> list = new ListView<>();
    private final Label title = DialogWindow.value("conflictTitle");
    private final Label reason = DialogWindow.value("conflictReason");
    private final TableView<ConflictCase.FieldRow> fields = new TableView<>();
    private final ProvenanceView provenance = new ProvenanceView();
    private final Label status = DialogWindow.value("conflictStatus");
    private final Button keepMine = DialogWindow.button("conflictKeepMine", "Keep mine", () -> resolve(true));
    private final Button takeTheirs = DialogWindow.button("conflictTakeTheirs", "Take theirs", () -> resolve(false));
    private final TableColumn<ConflictCase.FieldRow, String> theirsColumn;

    private ConflictsDialog(ExchangeHost host, PictureStore store) {
        this.host = host;
        this.store = store;
        list.setId("conflictsList");
        list.setPrefWidth(260);
        list.setPlaceholder(new Label("No conflicts."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictCase item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : visible(item.name()) + "\n"
                                        + item.mine().layer().name().toLowerCase(Locale.ROOT) + " · "
                                        + item.id().toString().substring(0, 8));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> select(b));
        fields.setId("conflictFields");
        theirsColumn = column("Theirs", 260, ConflictCase.FieldRow::theirs);
        fields.getColumns()
                .setAll(List.of(
                        column("Field", 130, ConflictCase.FieldRow::field),
                        column("Mine (this node)", 260, ConflictCase.FieldRow::mine),
                        theirsColumn));
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fields.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictCase.FieldRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("field-differs");
                if (!empty && item != null && item.differs()) {
                    getStyleClass().add("field-differs");
                }
            }
        });
        fields.setPrefHeight(260);
        fields.setPlaceholder(new Label("Select a feature on the left."));
        provenance.setId("conflictProvenance");
        VBox.setVgrow(fields, Priority.ALWAYS);
        VBox details = new VBox(
                8,
                title,
                reason,
                fields,
                DialogWindow.heading("Where it came from"),
                provenance,
                new HBox(8, keepMine, takeTheirs),
                status);
        HBox.setHgrow(details, Priority.ALWAYS);
        details.setPrefWidth(700);
        details.setMinWidth(0);
        Button close = DialogWindow.button("conflictsClose", "Close", () -> stage().close());
        close.setCancelButton(true);
        VBox root = new VBox(
                10,
                DialogWindow.heading("Conflicts"),
                DialogWindow.note("Both this node and a partner changed these features. The map shows the provisional"
                        + " winner (the same one on both nodes) until you choose. Your choice becomes a new version"
                        + " that the partner receives with your next bundle."),
                new HBox(10, list, details),
                DialogWindow.buttons(close));
        root.setPrefWidth(1000);
        root.setMaxWidth(1200);
        stage = DialogWindow.create(host.owner(), "conflictsDialog", "Paxmap — conflicts", root);
        select(null);
    }

    /** Opens the dialog and reads the conflicts. */
    static void open(ExchangeHost host, PictureStore store) {
        ConflictsDialog dialog = new ConflictsDialog(host, store);
        dialog.stage.show();
        dialog.reload();
    }

    private Stage stage() {
        return stage;
    }

    private void reload() {
        host.inBackground(
                "Reading the conflicts of " + store.file(),
                () -> ConflictCase.readAll(store),
                cases -> {
                    list.getItems().setAll(cases);
                    if (!cases.isEmpty()) {
                        list.getSelectionModel().select(0);
                    } else {
                        select(null);
                    }
                },
                failure -> {});
    }

    private void select(ConflictCase selected) {
        keepMine.setDisable(selected == null);
        takeTheirs.setDisable(selected == null);
        if (selected == null) {
            title.setText(list.getItems().isEmpty() ? "Nothing to resolve." : "");
            reason.setText("");
            fields.getItems().clear();
            provenance.clear();
            theirsColumn.setText("Theirs");
            return;
        }
        title.setText(visible(selected.name()) + " (" + selected.id() + ")");
        title.getStyleClass().add("exchange-heading");
        reason.setText(visible(selected.reason()));
        theirsColumn.setText(
                selected.partner() == null
                        ? "Theirs"
                        : "Theirs (" + selected.provenance().who(selected.partner()) + ")");
        fields.getItems().setAll(selected.fields());
        provenance.show(selected.provenance());
    }

    private void resolve(boolean mine) {
        ConflictCase selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        keepMine.setDisable(true);
        takeTheirs.setDisable(true);
        host.inBackground(
                "Resolving the conflict of " + selected.name(),
                () -> new SyncEngine(store).resolve(selected.id(), mine ? Resolution.mine() : Resolution.theirs()),
                written -> {
                    status.setText((mine ? "Kept your version of " : "Took the partner's version of ")
                            + visible(written.name())
                            + "; it goes to partners with the next bundle.");
                    host.pictureChanged();
                    reload();
                },
                failure -> select(selected));
    }

    private static TableColumn<ConflictCase.FieldRow, String> column(
            String title, double width, Function<ConflictCase.FieldRow, String> value) {
        TableColumn<ConflictCase.FieldRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
