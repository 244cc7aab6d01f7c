package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootRevocations;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.store.PictureStore;

/**
 * The national and organisation roots this picture trusts, as {@code paxmap roots list} shows them (organisation,
 * root, whole fingerprint, who verified it, the newest revocation list taken from it); "Trust a national root…" ({@link
 * TrustKeyDialog} with {@link RootKeyToTrust}, as {@code roots trust}) and a root's revocation list taken in from a file
 * ({@link OwnCertificates#importRevocations}, as {@code roots revocations}). Store reads and writes run in the
 * background. FX-thread only.
 */
final class RootsDialog {
    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final TableView<Row> table = new TableView<>();
    private final Label status = DialogWindow.value("rootsStatus");

    /** A trusted root and the newest revocation list kept from it (null if none). */
    private record Row(TrustedRoot root, RootRevocations revocations) {}

    private RootsDialog(ExchangeHost host, PictureStore store, javafx.stage.Window owner) {
        this.host = host;
        this.store = store;
        table.setId("rootsTable");
        table.setPlaceholder(new Label("No trusted roots: trust one from its public key file (.paxroot)."));
        table.getColumns()
                .setAll(List.of(
                        column("Org.", 55, r -> visible(r.root().identity().organisation())),
                        column("Root", 170, r -> visible(r.root().identity().name())),
                        column(
                                "Fingerprint",
                                260,
                                r -> r.root().identity().fingerprint().digitsInLines()),
                        column(
                                "Verified by",
                                150,
                                r -> visible(r.root().verifiedBy()) + ", "
                                        + Times.format(r.root().verifiedAt())),
                        column(
                                "Revocations",
                                150,
                                r -> r.revocations() == null
                                        ? "none"
                                        : r.revocations().summary())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(800, 220);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button trust = DialogWindow.button("rootsTrust", "Trust a national root…", this::trust);
        FileTake revocations = new FileTake(
                host,
                host.owner(),
                "revocations",
                "a root's revocation list (.paxcert) from 'paxmap root revoke'",
                new FileChooser.ExtensionFilter(
                        "Paxmap certificates and revocation lists (*.paxcert)", "*" + OwnCertificates.EXTENSION),
                "Take in list",
                "Taking in the revocation list",
                file -> visible(DialogWindow.sentence(OwnCertificates.importRevocations(store, file))),
                said -> reload());
        Button close = DialogWindow.button("rootsClose", "Close", () -> stage().close());
        close.setCancelButton(true);
        VBox root = new VBox(
                10,
                DialogWindow.heading("National and organisation roots"),
                DialogWindow.note("A partner's own nation or organisation can vouch for its nodes: once you have"
                        + " compared a root's whole fingerprint with its holder, every node key it certifies is"
                        + " accepted for bundles within its certificate, without a call of its own."),
                table,
                new HBox(8, trust),
                status,
                DialogWindow.heading("Take in a root's revocation list"),
                DialogWindow.note("A root that revokes a node (or itself) gives out a list: take it in here and the"
                        + " next bundles carry it to partners. It is checked against the trusted root first."),
                revocations,
                DialogWindow.buttons(close));
        root.setPrefWidth(860);
        stage = DialogWindow.create(owner, "rootsDialog", "Paxmap — national roots", root);
    }

    /** Opens the dialog over {@code owner} and loads the roots. */
    static void open(ExchangeHost host, PictureStore store, javafx.stage.Window owner) {
        RootsDialog dialog = new RootsDialog(host, store, owner);
        dialog.stage.show();
        DialogWindow.fit(dialog.stage);
        dialog.reload();
    }

    private Stage stage() {
        return stage;
    }

    private void reload() {
        host.inBackground(
                "Reading the trusted roots of " + store.file(),
                () -> {
                    List<Row> rows = new ArrayList<>();
                    for (TrustedRoot r : TrustedRoots.list(store)) {
                        rows.add(new Row(r, TrustedRoots.revocations(store, r).orElse(null)));
                    }
                    return rows;
                },
                rows -> {
                    table.getItems().setAll(rows);
                    table.refresh();
                },
                failure -> {});
    }

    private void trust() {
        TrustKeyDialog.open(host, store, stage, new RootKeyToTrust(), root -> {
            status.setText("Trusted the " + visible(root.words()) + " ("
                    + visible(root.identity().name())
                    + "): every node key it certifies is accepted for bundles within its certificate.");
            DialogWindow.error(status, false);
            reload();
        });
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
