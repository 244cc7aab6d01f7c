package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.store.PictureStore;

/**
 * The partners this picture trusts, in a table; Add… (from a public key file, after comparing the fingerprint),
 * Suspend, Activate and Remove (after confirmation); National roots… ({@link RootsDialog}). Store reads and writes run in the background. FX-thread only.
 */
final class PartnersDialog {
    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final TableView<Partner> table = new TableView<>();
    private final Label status = DialogWindow.value("partnersStatus");
    private final Button suspend = DialogWindow.button("partnersSuspend", "Suspend", () -> change("Suspending", true));
    private final Button activate =
            DialogWindow.button("partnersActivate", "Activate", () -> change("Activating", false));
    private final Button remove = DialogWindow.button("partnersRemove", "Remove…", this::remove);
    private final Button editRight = DialogWindow.button("partnersEditRight", "Let it edit ours", this::toggleEdits);
    /** The partners a person let edit our features directly, as last read. */
    private Set<String> mayEdit = Set.of();

    private PartnersDialog(ExchangeHost host, PictureStore store) {
        this.host = host;
        this.store = store;
        table.setId("partnersTable");
        editRight.setTooltip(new javafx.scene.control.Tooltip("A partner's edits of our features are proposals for"
                + " you to accept, unless you let it edit them (two nodes of one team). A threat zone's deletion is"
                + " always a proposal."));

        table.setPlaceholder(new Label("No partners yet: add one from its public key file (.paxkey) with Add…"));
        table.getColumns()
                .setAll(List.of(
                        column("Name", 170, p -> visible(p.identity().name())),
                        column("Node", 100, Partner::nodeId),
                        column("Org.", 55, p -> visible(p.identity().organisation())),
                        column("Status", 85, p -> p.active() ? "active" : "suspended"),
                        column("Verified by", 140, p -> visible(p.verifiedBy()) + ", " + Times.format(p.verifiedAt())),
                        column("Channels", 170, PartnersDialog::channels),
                        column("Holds", 90, p -> String.join(", ", p.holds())),
                        column("Edits of ours", 80, p -> mayEdit.contains(p.nodeId()) ? "apply" : "proposals")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(930, 260);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateButtons());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = DialogWindow.button("partnersAdd", "Add…", this::add);
        Button roots = DialogWindow.button("partnersRoots", "National roots…", this::roots);
        Button close = DialogWindow.button("partnersClose", "Close", () -> stage().close());
        close.setCancelButton(true);
        VBox root = new VBox(
                10,
                DialogWindow.heading("Partners"),
                DialogWindow.note("Bundles are accepted only from these partners' keys, and exported only to them."
                        + " A suspended partner stays listed, but its bundles are refused and nothing is exported"
                        + " to it."),
                table,
                new HBox(8, add, suspend, activate, remove, editRight, roots),
                status,
                DialogWindow.buttons(close));
        stage = DialogWindow.create(host.owner(), "partnersDialog", "Paxmap — partners", root);
        updateButtons();
    }

    /** Opens the dialog and loads the partners. */
    static void open(ExchangeHost host, PictureStore store) {
        PartnersDialog dialog = new PartnersDialog(host, store);
        dialog.stage.show();
        dialog.reload(null);
    }

    private Stage stage() {
        return stage;
    }

    private void reload(String selectNode) {
        host.inBackground(
                "Reading the partners of " + store.file(),
                () -> new Listed(
                        new TrustList(store).partners(), store.proposals().editRights()),
                listed -> {
                    List<Partner> partners = listed.partners();
                    mayEdit = listed.mayEdit();
                    table.getItems().setAll(partners);
                    table.refresh();
                    if (selectNode != null) {
                        partners.stream()
                                .filter(p -> p.nodeId().equals(selectNode))
                                .findFirst()
                                .ifPresent(p -> table.getSelectionModel().select(p));
                    }
                    updateButtons();
                },
                failure -> {});
    }

    private void updateButtons() {
        Partner selected = table.getSelectionModel().getSelectedItem();
        suspend.setDisable(selected == null || !selected.active());
        activate.setDisable(selected == null || selected.active());
        remove.setDisable(selected == null);
        editRight.setDisable(selected == null);
        editRight.setText(
                selected != null && mayEdit.contains(selected.nodeId()) ? "Proposals only" : "Let it edit ours");
    }

    /** The partners and who may edit our features, read off the FX thread. */
    private record Listed(List<Partner> partners, Set<String> mayEdit) {}

    /** Lets the selected partner edit our features directly, or takes that back (its edits are proposals again). */
    private void toggleEdits() {
        Partner selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String node = selected.nodeId();
        boolean allowed = !mayEdit.contains(node);
        host.inBackground(
                (allowed ? "Letting " : "Taking back from ") + node + " the edits of our features",
                () -> {
                    new TrustList(store).allowEdits(node, allowed);
                    return node;
                },
                done -> {
                    status.setText(visible(selected.identity().name()) + " (" + visible(node) + ")"
                            + (allowed
                                    ? " may now edit our features directly."
                                    : " may now only propose edits of our features."));
                    reload(node);
                },
                failure -> {});
    }

    private void add() {
        TrustKeyDialog.open(host, store, stage, new PartnerKeyToTrust(), partner -> {
            status.setText("Added " + visible(partner.identity().name()) + " (" + visible(partner.nodeId()) + ").");
            reload(partner.nodeId());
        });
    }

    /** The national roots this picture trusts, and trusting another ({@link RootsDialog}). */
    private void roots() {
        RootsDialog.open(host, store, stage);
    }

    private void change(String verb, boolean suspending) {
        Partner selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String node = selected.nodeId();
        host.inBackground(
                verb + " partner " + node + " in " + store.file(),
                () -> suspending ? new TrustList(store).suspend(node) : new TrustList(store).activate(node),
                partner -> {
                    status.setText(visible(partner.identity().name()) + " (" + visible(node) + ") is now "
                            + (partner.active() ? "active." : "suspended: its bundles are refused."));
                    reload(node);
                },
                failure -> {});
    }

    private void remove() {
        Partner selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String node = selected.nodeId();
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Remove " + visible(selected.identity().name()) + " (" + visible(node)
                        + ") from the partners? Its bundles will be"
                        + " refused and nothing is exported to it. To trust it again you must add its key file and"
                        + " compare the fingerprint again.",
                ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setTitle("Paxmap — remove partner");
        confirm.setHeaderText("Remove partner " + node + "?");
        confirm.getDialogPane().setId("partnersRemoveConfirm");
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return;
        }
        host.inBackground(
                "Removing partner " + node + " from " + store.file(),
                () -> {
                    new TrustList(store).remove(node);
                    return node;
                },
                removed -> {
                    status.setText("Removed " + removed + ".");
                    reload(null);
                },
                failure -> {});
    }

    private static String channels(Partner p) {
        if (p.channels().isEmpty()) {
            return "nothing";
        }
        return p.channels().entrySet().stream()
                .map(e -> e.getKey() + " ≤ " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static TableColumn<Partner, String> column(String title, double width, Function<Partner, String> value) {
        TableColumn<Partner, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
