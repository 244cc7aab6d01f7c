package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.paxmap.bundle.exchange.BundleExport;
import org.paxmap.bundle.exchange.ExportPlan;
import org.paxmap.bundle.exchange.ExportResult;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureStore;

/**
 * Exports a bundle to one partner: choose the partner and full or "changes since they last acknowledged"; see the
 * plan (what goes per layer, the bundle's label, what is withheld and why); enter the passphrase and the folder (the
 * USB stick); the bundle is signed, written, read back and verified in the background. FX-thread only.
 */
final class ExportDialog {
    /** The policy choice meaning "the policy with the most releasable features". */
    static final String AUTOMATIC = "Automatic (the policy with the most features)";

    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final ComboBox<Partner> partner = new ComboBox<>();
    private final ComboBox<String> policy = new ComboBox<>();
    private final Label perPolicy = DialogWindow.value("exportPerPolicy");
    private final ToggleGroup modes = new ToggleGroup();
    private final RadioButton changes = new RadioButton("Changes since the partner last acknowledged a bundle");
    private final RadioButton full = new RadioButton("Everything (full export)");
    private final Label planStatus = DialogWindow.value("exportPlanStatus");
    private final Label counts = DialogWindow.value("exportCounts");
    private final Label label = DialogWindow.value("exportLabel");
    private final Label withheldTitle = DialogWindow.value("exportWithheldTitle");
    private final Label withheldSummary = DialogWindow.value("exportWithheldSummary");
    private final ListView<String> withheld = new ListView<>();
    private final PasswordField passphrase = new PasswordField();
    private final javafx.scene.control.CheckBox encrypt = new javafx.scene.control.CheckBox(
            "Encrypt to the partner's key (unticked: anyone holding the file reads it)");
    private final TextField folder = new TextField();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label result = DialogWindow.value("exportResult");
    private final Button write = DialogWindow.button("exportWrite", "Sign and write bundle", this::write);
    private ExportPlan plan;
    private int planRequest;

    private ExportDialog(ExchangeHost host, PictureStore store) {
        this.host = host;
        this.store = store;
        partner.setId("exportPartner");
        partner.setConverter(new StringConverter<>() {
            @Override
            public String toString(Partner p) {
                return p == null
                        ? ""
                        : visible(p.identity().name()) + " (" + visible(p.nodeId()) + ", "
                                + visible(p.identity().organisation()) + ")";
            }

            @Override
            public Partner fromString(String text) {
                return null;
            }
        });
        partner.setPromptText("choose a partner");
        changes.setId("exportChanges");
        full.setId("exportFull");
        changes.setToggleGroup(modes);
        full.setToggleGroup(modes);
        changes.setSelected(true);
        partner.valueProperty().addListener((o, a, b) -> replan());
        policy.setId("exportPolicy");
        policy.getItems().add(AUTOMATIC);
        policy.getSelectionModel().select(0);
        policy.valueProperty().addListener((o, a, b) -> replan());
        modes.selectedToggleProperty().addListener((o, a, b) -> replan());
        withheld.setId("exportWithheld");
        withheld.setPrefHeight(150);
        withheld.setPlaceholder(new Label("Nothing withheld."));
        withheld.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        encrypt.setId("exportEncrypt");
        encrypt.setSelected(true);
        passphrase.setId("exportPassphrase");
        passphrase.setPromptText("this node's passphrase");
        folder.setId("exportFolder");
        folder.setPromptText("folder to write to, e.g. the USB stick");
        Button browse = DialogWindow.button("exportBrowse", "Browse…", this::browse);
        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        write.setDefaultButton(true);
        passphrase.textProperty().addListener((o, a, b) -> updateWrite());
        folder.textProperty().addListener((o, a, b) -> updateWrite());
        Button close = DialogWindow.button("exportClose", "Close", () -> stage().close());
        close.setCancelButton(true);
        GridPane what = new GridPane();
        what.setHgap(8);
        what.setVgap(6);
        what.addRow(0, new Label("Goes:"), counts);
        what.addRow(1, new Label("Bundle label:"), label);
        VBox root = new VBox(
                10,
                DialogWindow.heading("Export a bundle to a partner"),
                new HBox(8, new Label("Partner:"), partner),
                new VBox(4, changes, full),
                new HBox(8, new Label("Release policy:"), policy, perPolicy),
                planStatus,
                what,
                withheldTitle,
                withheldSummary,
                withheld,
                encrypt,
                new HBox(8, new Label("Passphrase:"), passphrase),
                folderRow(browse),
                new HBox(8, progress, result),
                DialogWindow.buttons(write, close));
        root.setPrefWidth(720);
        stage = DialogWindow.create(host.owner(), "exportDialog", "Paxmap — export bundle", root);
        updateWrite();
    }

    /** Opens the dialog and loads the active partners. */
    static void open(ExchangeHost host, PictureStore store) {
        ExportDialog dialog = new ExportDialog(host, store);
        dialog.stage.show();
        dialog.loadPartners();
    }

    private HBox folderRow(Button browse) {
        HBox path = DialogWindow.pathRow(folder, browse);
        HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
        return new HBox(8, new Label("Write to folder:"), path);
    }

    private Stage stage() {
        return stage;
    }

    private void loadPartners() {
        host.inBackground(
                "Reading the release policies of " + store.file(),
                () -> org.paxmap.bundle.trust.PolicyTable.load(store).policies().keySet().stream()
                        .toList(),
                names -> policy.getItems().addAll(names),
                failure -> {});
        planStatus.setText("Reading the partners…");
        host.inBackground(
                "Reading the partners of " + store.file(),
                () -> new TrustList(store)
                        .partners().stream().filter(Partner::active).toList(),
                partners -> {
                    partner.getItems().setAll(partners);
                    if (partners.isEmpty()) {
                        planStatus.setText("There is no active partner to export to: add one under Exchange ▸"
                                + " Partners… first.");
                        DialogWindow.error(planStatus, true);
                    } else {
                        partner.getSelectionModel().select(0);
                    }
                },
                failure -> planStatus.setText(""));
    }

    private Manifest.SyncMode mode() {
        return full.isSelected() ? Manifest.SyncMode.FULL : Manifest.SyncMode.INCREMENTAL;
    }

    private void replan() {
        Partner chosen = partner.getValue();
        plan = null;
        counts.setText("");
        label.setText("");
        withheldTitle.setText("");
        withheldSummary.setText("");
        perPolicy.setText("");
        withheld.getItems().clear();
        result.setText("");
        updateWrite();
        if (chosen == null) {
            return;
        }
        int request = ++planRequest;
        Manifest.SyncMode mode = mode();
        String chosenPolicy = AUTOMATIC.equals(policy.getValue()) ? null : policy.getValue();
        planStatus.setText("Working out what goes to " + chosen.nodeId() + "…");
        DialogWindow.error(planStatus, false);
        host.inBackground(
                "Planning the export to " + chosen.nodeId(),
                () -> new BundleExport(store).plan(chosen.nodeId(), mode, chosenPolicy),
                p -> {
                    if (request == planRequest) {
                        showPlan(p);
                    }
                },
                failure -> planStatus.setText(""));
    }

    private void showPlan(ExportPlan p) {
        plan = p;
        planStatus.setText(
                p.mode() == Manifest.SyncMode.FULL
                        ? "A full export: every feature the partner may receive."
                        : "The changes since " + p.partner().nodeId() + " last acknowledged one of our bundles.");
        counts.setText(counts(p));
        label.setText(p.label().policy() + " — " + p.label().displayForm());
        withheldTitle.setText(
                p.withheld().isEmpty()
                        ? "Withheld: nothing."
                        : "Withheld: " + p.withheld().size() + " feature"
                                + (p.withheld().size() == 1 ? " stays" : "s stay") + " here, and why:");
        withheldSummary.setText(withheldSummary(p));
        perPolicy.setText(
                p.releasableByPolicy().isEmpty()
                        ? ""
                        : "releasable: "
                                + p.releasableByPolicy().entrySet().stream()
                                        .map(e -> visible(e.getKey()) + " " + e.getValue())
                                        .collect(Collectors.joining(" · ")));
        withheld.getItems()
                .setAll(p.withheld().stream().map(w -> visible(w.describe())).toList());
        updateWrite();
    }

    /** The withheld features counted by reason, one line per reason, the most frequent first. */
    static String withheldSummary(ExportPlan p) {
        return p.withheldByReason().entrySet().stream()
                .map(e -> e.getValue() + " × " + visible(e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    /** The plan's counts in words, per layer, e.g. "3 incidents · 0 routes · 1 zone (4 features, 1 deletion)". */
    static String counts(ExportPlan p) {
        Map<Layer, Integer> perLayer = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            perLayer.put(layer, 0);
        }
        for (Feature f : p.included()) {
            perLayer.merge(f.layer(), 1, Integer::sum);
        }
        String layers = perLayer.entrySet().stream()
                .map(e -> e.getValue() + " " + layerWord(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
        int total = p.included().size();
        long deletions = p.tombstones();
        return layers + " (" + total + " feature" + (total == 1 ? "" : "s")
                + (deletions > 0 ? ", of which " + deletions + " deletion" + (deletions == 1 ? "" : "s") : "")
                + ")" + (total == 0 ? " — nothing new to send; the bundle still carries acknowledgements" : "");
    }

    private static String layerWord(Layer layer, int n) {
        String plural = layer.name().toLowerCase(Locale.ROOT);
        return n == 1 ? plural.substring(0, plural.length() - 1) : plural;
    }

    private void updateWrite() {
        write.setDisable(plan == null
                || passphrase.getText().isEmpty()
                || folder.getText().isBlank()
                || progress.isVisible());
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder to write the bundle to (the USB stick)");
        Path current = DialogWindow.pathOrNull(
                folder.getText().isBlank() ? "." : folder.getText().trim());
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        var chosen = chooser.showDialog(stage);
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }

    private void write() {
        ExportPlan chosenPlan = plan;
        Path target = DialogWindow.typedPath(folder.getText().trim(), result).orElse(null);
        if (target == null) {
            return;
        }
        char[] secret = passphrase.getText().toCharArray();
        org.paxmap.bundle.exchange.BundleSealing sealing = encrypt.isSelected()
                ? org.paxmap.bundle.exchange.BundleSealing.ENCRYPTED
                : org.paxmap.bundle.exchange.BundleSealing.PLAIN;
        progress.setVisible(true);
        result.setText("Unlocking the key, signing and writing…");
        DialogWindow.error(result, false);
        updateWrite();
        host.inBackground(
                "Writing the bundle for " + chosenPlan.partner().nodeId() + " to " + target,
                () -> {
                    if (!Files.isDirectory(target)) {
                        throw new java.nio.file.NoSuchFileException(target.toString());
                    }
                    PrivateKey key;
                    try {
                        key = LocalIdentity.unlock(store, secret);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                    return new BundleExport(store).write(chosenPlan, key, target, sealing);
                },
                done -> {
                    progress.setVisible(false);
                    passphrase.clear();
                    result.setText(done(done));
                    updateWrite();
                },
                failure -> {
                    progress.setVisible(false);
                    result.setText("Nothing was written.");
                    DialogWindow.error(result, true);
                    updateWrite();
                });
    }

    private static String done(ExportResult r) {
        int n = r.plan().included().size();
        return "Done: wrote " + r.file().getFileName() + " in "
                + r.file().toAbsolutePath().getParent() + " ("
                + n + " feature" + (n == 1 ? "" : "s") + ", bundle "
                + r.manifest().stream().get(r.plan().partner().nodeId()).sequence()
                + " to " + r.plan().partner().nodeId() + "). The file was read back and its signature verified"
                + (r.encrypted()
                        ? "; it is encrypted to the partner's key."
                        : "; it is NOT encrypted: whoever holds it can read it.")
                + " Hand it to " + visible(r.plan().partner().identity().name()) + ".";
    }
}
