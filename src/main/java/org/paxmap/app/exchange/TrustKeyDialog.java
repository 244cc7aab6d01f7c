package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.store.PictureStore;

/**
 * Trusts a key after a fingerprint comparison — a partner's ({@link PartnerKeyToTrust}) or a national root's ({@link
 * RootKeyToTrust}): reads its public key file, shows who it claims to be and its fingerprint, and asks the user to
 * type back digits as the key's holder reads them out ({@link TypeBack}), to say who verified them, and to set what
 * the channel may carry per release policy and which codes the key's nodes hold. Nothing is trusted until the trust
 * button, and a refused file or trust is said in the dialog. FX-thread only.
 *
 * @param <T> what trusting the key gives
 */
final class TrustKeyDialog<T> {
    /** The choice meaning "this channel carries nothing under the policy". */
    static final String NOTHING = "nothing";

    private final ExchangeHost host;
    private final PictureStore store;
    private final KeyToTrust<T> kind;
    private final Consumer<T> onAdded;
    private final Stage stage;
    private final TextField keyFile = new TextField();
    private final Label readStatus;
    private final VBox details = new VBox(8);
    private final Label who;
    private final FingerprintView fingerprint;
    private final Label askGroups;
    private final List<TextField> typed = new ArrayList<>();
    private TypeBack typeBack;
    private final TextField verifiedBy = new TextField();
    private final GridPane channels = new GridPane();
    private final Map<String, ComboBox<String>> channelChoices = new LinkedHashMap<>();
    private final TextField holds = new TextField();
    private final Label problem;
    private final Button add;
    private NodeIdentity key;
    private Path file;

    private TrustKeyDialog(
            ExchangeHost host, PictureStore store, Window owner, KeyToTrust<T> kind, Consumer<T> onAdded) {
        this.host = host;
        this.store = store;
        this.kind = kind;
        this.onAdded = onAdded;
        String p = kind.prefix();
        readStatus = DialogWindow.value(p + "ReadStatus");
        who = DialogWindow.value(p + "Who");
        fingerprint = new FingerprintView(p);
        askGroups = DialogWindow.value(p + "AskGroups");
        problem = DialogWindow.value(p + "Problem");
        add = DialogWindow.button(p + "Add", kind.trustLabel(), this::add);
        for (String id : kind.fieldIds()) {
            TextField field = new TextField();
            field.setId(p + id);
            field.setPrefColumnCount(kind.fieldIds().size() == 1 ? 40 : 6);
            field.getStyleClass().add("fingerprint-group");
            field.textProperty().addListener((o, a, b) -> check());
            typed.add(field);
        }
        keyFile.setId(p + "KeyFile");
        keyFile.setPromptText(kind.filePrompt());
        keyFile.setPrefColumnCount(40);
        keyFile.setOnAction(e -> read());
        Button browse = DialogWindow.button(p + "Browse", "Browse…", this::browse);
        Button read = DialogWindow.button(p + "Read", "Read key file", this::read);
        verifiedBy.setId(p + "VerifiedBy");
        verifiedBy.setPromptText("your name and rank, e.g. Capt. M. Rossi");
        holds.setId(p + "Holds");
        holds.setPromptText("e.g. NATO, EU (besides its own organisation code)");
        channels.setHgap(8);
        channels.setVgap(6);
        verifiedBy.textProperty().addListener((o, a, b) -> check());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Verified by:"), verifiedBy);
        form.addRow(1, new Label("Also holds codes:"), holds);
        VBox compare = new VBox(
                8,
                who,
                DialogWindow.note(kind.compareNote()),
                fingerprint,
                askGroups,
                new javafx.scene.layout.HBox(8, typed.toArray(new TextField[0])),
                form);
        compare.setPrefWidth(470);
        VBox carry = new VBox(
                8,
                DialogWindow.heading("What the channel may carry"),
                DialogWindow.note("Per release policy, the highest classification you may send "
                        + (p.equals("root") ? "the root's nodes" : "this partner")
                        + "; \"nothing\" sends nothing under that policy."),
                channels);
        carry.setPrefWidth(300);
        details.getChildren().setAll(new javafx.scene.layout.HBox(20, compare, carry));
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());
        Button cancel = DialogWindow.button(p + "Cancel", "Cancel", () -> stage().close());
        cancel.setCancelButton(true);
        VBox root = new VBox(
                10,
                DialogWindow.heading(kind.heading()),
                DialogWindow.pathRow(keyFile, new javafx.scene.layout.HBox(6, browse, read)),
                readStatus,
                details,
                problem,
                DialogWindow.buttons(add, cancel));
        root.setPrefWidth(820);
        stage = DialogWindow.create(
                owner, kind.dialogId(), "Paxmap — " + kind.heading().toLowerCase(Locale.ROOT), root);
        check();
    }

    /** Opens the dialog over {@code owner}; {@code onAdded} runs on the FX thread once the key is trusted. */
    static <T> void open(ExchangeHost host, PictureStore store, Window owner, KeyToTrust<T> kind, Consumer<T> onAdded) {
        TrustKeyDialog<T> dialog = new TrustKeyDialog<>(host, store, owner, kind, onAdded);
        dialog.stage.show();
        dialog.loadPolicies();
    }

    private Stage stage() {
        return stage;
    }

    private void loadPolicies() {
        host.inBackground(
                "Reading the release policies of " + store.file(),
                () -> PolicyTable.load(store),
                table -> {
                    channels.getChildren().clear();
                    channelChoices.clear();
                    int row = 0;
                    for (ReleasePolicy policy : table.policies().values()) {
                        ComboBox<String> choice = new ComboBox<>();
                        choice.setId("channel-" + policy.name());
                        choice.getItems().add(NOTHING);
                        choice.getItems().addAll(policy.classifications());
                        choice.getSelectionModel().select(0);
                        channelChoices.put(policy.name(), choice);
                        choice.setPrefWidth(220);
                        Label name = new Label(policy.name() + ":");
                        name.setMinWidth(Label.USE_PREF_SIZE);
                        channels.addRow(row++, name, choice);
                    }
                },
                failure -> {});
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind.heading());
        chooser.getExtensionFilters().add(kind.filter());
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            keyFile.setText(chosen.getPath());
            read();
        }
    }

    private void read() {
        String text = keyFile.getText().trim();
        if (text.isEmpty()) {
            readStatus.setText("Enter the path of the key file.");
            DialogWindow.error(readStatus, true);
            return;
        }
        Path chosen = DialogWindow.typedPath(text, readStatus).orElse(null);
        if (chosen == null) {
            return;
        }
        key = null;
        details.setVisible(false);
        check();
        host.inBackground(
                "Reading the key file " + chosen,
                () -> Refusable.of(() -> kind.read(chosen)),
                outcome -> {
                    if (outcome.refused()) {
                        readStatus.setText(outcome.refusal());
                        DialogWindow.error(readStatus, true);
                        DialogWindow.fit(stage);
                        check();
                        return;
                    }
                    NodeIdentity identity = outcome.value();
                    key = identity;
                    file = chosen;
                    readStatus.setText(kind.readNote(chosen));
                    DialogWindow.error(readStatus, false);
                    who.setText(visible(identity.name()) + " — node " + visible(identity.nodeId()) + ", "
                            + visible(identity.organisation())
                            + " — key created " + Times.format(identity.createdAt()));
                    fingerprint.show(identity);
                    typeBack = kind.typeBack(identity.fingerprint());
                    askGroups.setText(typeBack.ask());
                    List<String> prompts = typeBack.prompts();
                    for (int i = 0; i < typed.size(); i++) {
                        typed.get(i).setPromptText(prompts.get(i));
                        typed.get(i).clear();
                    }
                    details.setVisible(true);
                    DialogWindow.fit(stage);
                    check();
                },
                failure -> {
                    readStatus.setText("");
                    check();
                });
    }

    private List<String> typedTexts() {
        return typed.stream().map(TextField::getText).toList();
    }

    private void check() {
        String message;
        if (key == null) {
            message = "Read the key file first.";
        } else if (!typeBack.problem(typedTexts()).isEmpty()) {
            message = typeBack.problem(typedTexts());
        } else if (verifiedBy.getText().isBlank()) {
            message = "Say who compared the fingerprint.";
        } else {
            message = "";
        }
        problem.setText(message);
        DialogWindow.error(problem, TypeBack.isRefusal(message));
        add.setDisable(!message.isEmpty());
    }

    /** The channel classifications chosen, per policy, leaving out the policies set to carry nothing. */
    Map<String, String> chosenChannels() {
        Map<String, String> chosen = new LinkedHashMap<>();
        channelChoices.forEach((policy, choice) -> {
            String value = choice.getValue();
            if (value != null && !value.equals(NOTHING)) {
                chosen.put(policy, value);
            }
        });
        return chosen;
    }

    private void add() {
        NodeIdentity identity = key;
        Path from = file;
        String digits = String.join(" ", typedTexts());
        String by = verifiedBy.getText().trim();
        Map<String, String> chosen = chosenChannels();
        List<String> codes = new ArrayList<>();
        Arrays.stream(holds.getText().split("[,;\\s]+"))
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .forEach(codes::add);
        add.setDisable(true);
        host.inBackground(
                kind.action(identity, store),
                () -> Refusable.of(
                        () -> kind.trust(store, new KeyToTrust.Request(from, identity, digits, by, chosen, codes))),
                outcome -> {
                    if (outcome.refused()) {
                        check();
                        problem.setText(outcome.refusal());
                        DialogWindow.error(problem, true);
                        add.setDisable(true);
                        DialogWindow.fit(stage);
                        return;
                    }
                    stage.close();
                    onAdded.accept(outcome.value());
                },
                failure -> check());
    }
}
