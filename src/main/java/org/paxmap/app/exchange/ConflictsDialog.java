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
 * The features in conflict, and the partners' proposals: two lists on the left; for the selected feature, this node's
 * version and the partner's (or the proposed one) side by side field by field (differences first and highlighted),
 * why they conflict (or the proposal in words, "FRA-HQ proposes to delete your zone …"), where the feature came
 * from, and Keep mine / Take theirs for a conflict, Accept / Reject for a proposal. Either writes a new local version
 * in the background and refreshes the window. FX-thread only.
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
    private final ListView<ProposalCase> proposals = new ListView<>();
    private final Button accept = DialogWindow.button("proposalAccept", "Accept proposal", () -> decide(true));
    private final Button reject = DialogWindow.button("proposalReject", "Reject proposal", () -> decide(false));

    private ConflictsDialog(ExchangeHost host, PictureStore store) {
        this.host = host;
        this.store = store;
        textList(
                list,
                "conflictsList",
                "No conflicts.",
                item -> visible(item.name()) + "\n"
                        + item.mine().layer().name().toLowerCase(Locale.ROOT) + " · "
                        + item.id().toString().substring(0, 8));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                proposals.getSelectionModel().clearSelection();
            }
            select(b);
        });
        textList(proposals, "proposalsList", "No proposals.", item -> visible(item.words()));
        // the two lists share the column: either may be the long one
        list.setPrefHeight(200);
        proposals.setPrefHeight(200);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(proposals, Priority.ALWAYS);
        proposals.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                list.getSelectionModel().clearSelection();
                show(b.view(), true);
            }
        });
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
                new HBox(8, keepMine, takeTheirs, accept, reject),
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
                        + " that the partner receives with your next bundle. Proposals are partners' edits and"
                        + " deletions of features they may not change directly: nothing of them is applied until you"
                        + " accept; rejecting keeps yours, and your next bundle tells the partner."),
                new HBox(10, new VBox(6, list, DialogWindow.heading("Proposals"), proposals), details),
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
                "Reading the conflicts and proposals of " + store.file(),
                () -> new Waiting(ConflictCase.readAll(store), ProposalCase.readAll(store)),
                read -> {
                    List<ConflictCase> cases = read.conflicts();
                    List<ProposalCase> open = read.proposals();
                    list.getItems().setAll(cases);
                    proposals.getItems().setAll(open);
                    if (!cases.isEmpty()) {
                        list.getSelectionModel().select(0);
                    } else if (!open.isEmpty()) {
                        proposals.getSelectionModel().select(0);
                    } else {
                        select(null);
                    }
                },
                failure -> {});
    }

    /** What waits for a person, read off the FX thread. */
    private record Waiting(List<ConflictCase> conflicts, List<ProposalCase> proposals) {}

    private void select(ConflictCase selected) {
        show(selected, false);
    }

    /** Shows {@code selected} (a conflict, or a proposal's view when {@code proposal}), or nothing. */
    private void show(ConflictCase selected, boolean proposal) {
        keepMine.setDisable(selected == null || proposal);
        takeTheirs.setDisable(selected == null || proposal);
        accept.setDisable(selected == null || !proposal);
        reject.setDisable(selected == null || !proposal);
        if (selected == null) {
            title.setText(list.getItems().isEmpty() && proposals.getItems().isEmpty() ? "Nothing to resolve." : "");
            reason.setText("");
            fields.getItems().clear();
            provenance.clear();
            theirsColumn.setText("Theirs");
            return;
        }
        title.setText(visible(selected.name()) + " (" + selected.id() + ")");
        title.getStyleClass().add("exchange-heading");
        reason.setText(visible(selected.reason()));
        String theirs = proposal ? "Proposed" : "Theirs";
        theirsColumn.setText(
                selected.partner() == null
                        ? theirs
                        : theirs + " (" + selected.provenance().who(selected.partner()) + ")");
        fields.getItems().setAll(selected.fields());
        provenance.show(selected.provenance());
    }

    private void resolve(boolean mine) {
        ConflictCase selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            answer(
                    "Resolving the conflict of " + selected.name(),
                    () -> new SyncEngine(store).resolve(selected.id(), mine ? Resolution.mine() : Resolution.theirs()),
                    (mine ? "Kept your version of " : "Took the partner's version of ") + visible(selected.name())
                            + "; it goes to partners with the next bundle.",
                    () -> select(selected));
        }
    }

    private void decide(boolean yes) {
        ProposalCase selected = proposals.getSelectionModel().getSelectedItem();
        if (selected != null) {
            long id = selected.proposal().id();
            answer(
                    (yes ? "Accepting" : "Rejecting") + " proposal " + id,
                    () -> new SyncEngine(store).decide(id, yes),
                    (yes ? "Accepted: " : "Rejected: ") + visible(selected.words()) + (yes ? "." : "; yours stays.")
                            + " Your answer goes to partners with the next bundle.",
                    () -> show(selected.view(), true));
        }
    }

    /**
     * Writes a person's answer in the background with the buttons disabled; then says {@code done}, refreshes the
     * window and reads the lists again, or on failure (reported by the host) shows the selection again.
     */
    private void answer(String task, java.util.concurrent.Callable<?> work, String done, Runnable failed) {
        keepMine.setDisable(true);
        takeTheirs.setDisable(true);
        accept.setDisable(true);
        reject.setDisable(true);
        host.inBackground(
                task,
                work,
                written -> {
                    status.setText(done);
                    host.pictureChanged();
                    reload();
                },
                failure -> failed.run());
    }

    /** Sets {@code view} up as a list of wrapped texts, {@code text} of each item (already made visible). */
    private static <T> void textList(ListView<T> view, String id, String empty, Function<T, String> text) {
        view.setId(id);
        view.setPrefWidth(260);
        view.setPlaceholder(new Label(empty));
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean none) {
                super.updateItem(item, none);
                setWrapText(true);
                setPrefWidth(0);
                setText(none || item == null ? null : text.apply(item));
            }
        });
    }

    private static TableColumn<ConflictCase.FieldRow, String> column(
            String title, double width, Function<ConflictCase.FieldRow, String> value) {
        TableColumn<ConflictCase.FieldRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
