package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.ExchangeException;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.exchange.ImportResult;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.PlannedFeature;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.store.ApplyResult;
import org.paxmap.store.PictureStore;
import org.paxmap.text.OutsideText;

/**
 * Imports a partner's bundle: choose the {@code .paxb}; it is verified and previewed in the background; a refused
 * bundle gives one alert with the reason; otherwise the dialog says who signed it and that nothing was altered, shows
 * the counts per class, stream warnings and every feature with its class and reason. Apply writes it in one
 * transaction and refreshes the window; Cancel changes nothing. FX-thread only.
 */
final class ImportDialog {
    /** The classes in the order the counts are shown, with their words. */
    private static final List<SyncClass> SHOWN = List.of(
            SyncClass.NEW,
            SyncClass.UPDATE,
            SyncClass.UNCHANGED,
            SyncClass.STALE,
            SyncClass.CONFLICT,
            SyncClass.MERGED,
            SyncClass.PROPOSAL,
            SyncClass.REFUSED,
            SyncClass.INTEGRITY_ALERT);

    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final TextField file = new TextField();
    private final javafx.scene.control.PasswordField passphrase = new javafx.scene.control.PasswordField();
    private final Button check = DialogWindow.button("importCheck", "Check bundle", this::check);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = DialogWindow.value("importStatus");
    private final VBox preview = new VBox(8);
    private final Label signer = DialogWindow.value("importSigner");
    private final FingerprintView fingerprint = new FingerprintView("importSigner");
    private final Label bundleFacts = DialogWindow.value("importBundle");
    private final GridPane counts = new GridPane();
    private final Label warnings = DialogWindow.value("importWarnings");
    private final TableView<PlannedFeature> features = new TableView<>();
    private final Label verdict = DialogWindow.value("importVerdict");
    private final Button apply = DialogWindow.button("importApply", "Apply", this::apply);
    private final Button cancel = DialogWindow.button("importCancel", "Cancel", this::cancel);
    private org.paxmap.store.Cancellation applying;
    private ImportPreview shown;

    private ImportDialog(ExchangeHost host, PictureStore store) {
        this.host = host;
        this.store = store;
        file.setId("importFile");
        file.setPromptText("the bundle file (.paxb), e.g. on the USB stick");
        file.setOnAction(e -> check());
        Button browse = DialogWindow.button("importBrowse", "Browse…", this::browse);
        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        counts.setHgap(18);
        counts.setVgap(2);
        counts.setId("importCounts");
        features.setId("importFeatures");
        features.getColumns()
                .setAll(List.of(
                        column("Layer", 70, f -> f.incoming().layer().name().toLowerCase(Locale.ROOT)),
                        column("Name", 190, f -> visible(f.incoming().name())),
                        column("Class", 90, f -> words(f.kind())),
                        column("Why", 420, f -> visible(f.reason()))));
        features.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        features.setPrefHeight(170);
        VBox.setVgrow(features, Priority.ALWAYS);
        warnings.getStyleClass().add("exchange-error");
        preview.getChildren()
                .setAll(
                        DialogWindow.heading("Signed by"),
                        signedBy(),
                        bundleFacts,
                        DialogWindow.heading("What importing does"),
                        counts,
                        warnings,
                        features,
                        verdict);
        preview.setVisible(false);
        preview.managedProperty().bind(preview.visibleProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        apply.setDisable(true);
        cancel.setCancelButton(true);
        HBox pathRow = DialogWindow.pathRow(file, new HBox(6, browse, check));
        passphrase.setId("importPassphrase");
        passphrase.setPromptText("this node's passphrase (encrypted bundles)");
        VBox root = new VBox(
                10,
                DialogWindow.heading("Import a bundle from a partner"),
                pathRow,
                new HBox(8, new Label("Passphrase:"), passphrase),
                new HBox(8, progress, status),
                preview,
                DialogWindow.buttons(apply, cancel));
        root.setPrefWidth(900);
        stage = DialogWindow.create(host.owner(), "importDialog", "Paxmap — import bundle", root);
        // not modal: while a large bundle applies, the map and the selection stay usable (their reads do not wait)
        stage.initModality(javafx.stage.Modality.NONE);
    }

    private HBox signedBy() {
        signer.setPrefWidth(380);
        HBox row = new HBox(16, signer, fingerprint);
        return row;
    }

    /** Opens the dialog. */
    static void open(ExchangeHost host, PictureStore store) {
        new ImportDialog(host, store).stage.show();
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Paxmap bundles (*.paxb)", "*.paxb"));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            file.setText(chosen.getPath());
            check();
        }
    }

    private void check() {
        String text = file.getText().trim();
        if (text.isEmpty()) {
            status.setText("Enter the path of the bundle file.");
            DialogWindow.error(status, true);
            return;
        }
        Path bundle = DialogWindow.typedPath(text, status).orElse(null);
        if (bundle == null) {
            return;
        }
        shown = null;
        preview.setVisible(false);
        apply.setDisable(true);
        setBusy(true, "Verifying the signature and every entry of " + bundle.getFileName() + "…");
        char[] secret = passphrase.getText().toCharArray();
        host.inBackground(
                "Checking the bundle " + bundle,
                () -> {
                    org.paxmap.bundle.trust.DecryptionKeys key = org.paxmap.bundle.trust.DecryptionKeys.only(null);
                    try {
                        if (BundleImport.isEncrypted(bundle) && secret.length > 0) {
                            key = org.paxmap.bundle.trust.DecryptionKeys.unlock(store, secret);
                        }
                    } finally {
                        java.util.Arrays.fill(secret, '\0');
                    }
                    try {
                        return ImportCheck.accepted(new BundleImport(store).preview(bundle, key));
                    } catch (BundleException e) {
                        return ImportCheck.refused(e);
                    } catch (ExchangeException e) {
                        return ImportCheck.refused(e);
                    }
                },
                outcome -> {
                    setBusy(false, "");
                    if (outcome.isRefused()) {
                        refused(bundle, outcome);
                    } else {
                        show(outcome.preview());
                    }
                },
                failure -> setBusy(false, ""));
    }

    private void refused(Path bundle, ImportCheck outcome) {
        status.setText("Refused: " + outcome.heading() + ". Nothing was imported.");
        DialogWindow.error(status, true);
        Alert alert = new Alert(Alert.AlertType.ERROR, visible(outcome.reason()) + "\n\nNothing was imported.");
        alert.initOwner(stage);
        alert.setTitle("Paxmap — bundle refused");
        alert.setHeaderText(outcome.heading() + " — " + visible(bundle.getFileName()));
        alert.getDialogPane().setId("importRefused");
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }

    private void show(ImportPreview p) {
        shown = p;
        Partner who = p.signer();
        Manifest manifest = p.bundle().manifest();
        signer.setText(visible(who.identity().name()) + " — node " + visible(who.nodeId()) + ", "
                + visible(who.identity().organisation())
                + p.certification()
                        .map(c -> " (" + visible(c) + ", certificate signed " + Times.format(who.verifiedAt())
                                + "; not a partner of this picture: accepted on the root's word)."
                                + "\nThe organisation " + visible(who.identity().organisation())
                                + " is the one the root vouches for.")
                        .orElse(" (fingerprint verified by " + visible(who.verifiedBy()) + ", "
                                + Times.format(who.verifiedAt()) + ").")
                + "\nThe signature is valid and matches "
                + (p.certification().isPresent() ? "the key the root certified" : "this partner's key")
                + ": nothing in the bundle was altered"
                + " since it was signed.");
        signer.getStyleClass().add("exchange-ok");
        fingerprint.show(who.identity());
        Manifest.StreamPosition position = manifest.stream().get(store.nodeId());
        bundleFacts.setText(visible(p.bundle().file().getFileName()) + " — "
                + (manifest.sync().mode() == Manifest.SyncMode.FULL ? "full" : "changes only")
                + ", bundle " + (position == null ? "?" : position.sequence()) + " from " + visible(who.nodeId())
                + ", made " + Times.format(manifest.createdAt()) + ", labelled "
                + visible(manifest.label().policy())
                + " — " + visible(manifest.label().displayForm()) + "."
                + p.keyStatements().stream()
                        .map(s -> "\nKey change: " + visible(s.describe()) + ". Applied with the import.")
                        .collect(java.util.stream.Collectors.joining()));
        counts.getChildren().clear();
        int column = 0;
        for (SyncClass kind : SHOWN) {
            if (kind == SyncClass.INTEGRITY_ALERT && p.count(kind) == 0) {
                continue;
            }
            Label number = new Label(Integer.toString(p.count(kind)));
            number.setId("count-" + kind.name());
            number.getStyleClass().add("exchange-heading");
            counts.add(number, column, 0);
            counts.add(new Label(words(kind)), column, 1);
            column++;
        }
        java.util.List<String> shownWarnings = new java.util.ArrayList<>();
        p.plainWarning().ifPresent(shownWarnings::add);
        p.warnings().stream().map(OutsideText::visible).forEach(shownWarnings::add);
        warnings.setText(shownWarnings.isEmpty() ? "" : "Warning: " + String.join("\nWarning: ", shownWarnings));
        warnings.setVisible(!shownWarnings.isEmpty());
        warnings.setManaged(!shownWarnings.isEmpty());
        features.getItems().setAll(p.plan().features());
        if (p.plan().alreadyImported()) {
            verdict.setText("This bundle was imported before: applying it again changes nothing.");
        } else if (p.refused()) {
            verdict.setText("The bundle cannot be applied: a feature is refused (see the list). Nothing will be"
                    + " imported; ask the partner about it.");
        } else {
            verdict.setText("Apply writes all of this in one step, or nothing. Conflicts keep both versions; resolve"
                    + " them afterwards under Exchange ▸ Conflicts. Proposals change nothing until you accept them"
                    + " there.");
        }
        DialogWindow.error(verdict, p.refused());
        apply.setDisable(p.refused() || p.plan().alreadyImported());
        apply.setDefaultButton(!apply.isDisabled());
        status.setText("Verified " + visible(p.bundle().file().getFileName()) + ".");
        DialogWindow.error(status, false);
        preview.setVisible(true);
        DialogWindow.fit(stage);
    }

    private void apply() {
        ImportPreview p = shown;
        if (p == null) {
            return;
        }
        apply.setDisable(true);
        check.setDisable(true);
        setBusy(true, "Importing… (Stop import leaves the picture as it was)");
        org.paxmap.store.Cancellation token = new org.paxmap.store.Cancellation();
        applying = token;
        cancel.setText("Stop import");
        host.inBackground(
                "Importing the bundle " + p.bundle().file(),
                () -> new BundleImport(store).apply(p, token),
                result -> {
                    applyEnded();
                    setBusy(false, "");
                    stage.close();
                    host.pictureChanged();
                    host.showAlert(Alert.AlertType.INFORMATION, "Paxmap — import", report(result));
                },
                failure -> {
                    applyEnded();
                    setBusy(
                            false,
                            token.requested()
                                    ? "Stopped: nothing was imported, the picture is as it was."
                                    : "Nothing was imported.");
                    DialogWindow.error(status, true);
                    check.setDisable(false);
                });
    }

    /** Cancel closes the dialog; while an apply runs it stops the apply instead (rolled back, nothing written). */
    private void cancel() {
        if (applying != null) {
            applying.cancel();
            status.setText("Stopping… nothing of this bundle will be kept.");
            cancel.setDisable(true);
        } else {
            stage.close();
        }
    }

    private void applyEnded() {
        applying = null;
        cancel.setText("Cancel");
        cancel.setDisable(false);
    }

    /** What an applied import did, in words. */
    static String report(ImportResult r) {
        ApplyResult a = r.applied();
        String from = visible(r.preview().signer().identity().name()) + " ("
                + visible(r.preview().signer().nodeId()) + ")";
        String file = visible(r.preview().bundle().file().getFileName());
        if (a.alreadyImported()) {
            return "The bundle " + file + " from " + from + " had been imported before; nothing changed.";
        }
        StringBuilder sb = new StringBuilder("Imported ")
                .append(file)
                .append(" from ")
                .append(from)
                .append(": ")
                .append(a.written())
                .append(" feature")
                .append(a.written() == 1 ? "" : "s")
                .append(" written.");
        if (a.conflictsOpened() > 0) {
            sb.append(' ')
                    .append(a.conflictsOpened())
                    .append(" conflict")
                    .append(a.conflictsOpened() == 1 ? "" : "s")
                    .append(" to resolve under Exchange ▸ Conflicts.");
        }
        if (a.proposalsRecorded() > 0) {
            sb.append(' ')
                    .append(a.proposalsRecorded())
                    .append(a.proposalsRecorded() == 1 ? " proposal" : " proposals")
                    .append(" kept, nothing of them applied: accept or reject under Exchange ▸ Conflicts.");
        }
        if (a.conflictsCleared() > 0) {
            sb.append(' ').append(a.conflictsCleared()).append(" conflict(s) cleared by the partner's resolution.");
        }
        return sb.toString();
    }

    private void setBusy(boolean busy, String message) {
        progress.setVisible(busy);
        file.setDisable(busy);
        check.setDisable(busy);
        status.setText(message);
        DialogWindow.error(status, false);
    }

    /** A class of the merge in words. */
    static String words(SyncClass kind) {
        switch (kind) {
            case NEW:
                return "new";
            case UPDATE:
                return "updated";
            case UNCHANGED:
                return "unchanged";
            case STALE:
                return "stale (older)";
            case CONFLICT:
                return "conflict";
            case MERGED:
                return "merged";
            case PROPOSAL:
                return "proposed (you decide)";
            case REFUSED:
                return "refused";
            default:
                return "integrity alert";
        }
    }

    private static TableColumn<PlannedFeature, String> column(
            String title, double width, Function<PlannedFeature, String> value) {
        TableColumn<PlannedFeature, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
