package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.time.Instant;
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
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.store.PictureStore;

/**
 * Adds a partner: reads its public key file, shows who it claims to be and its fingerprint, and asks the user to
 * type back two groups, picked at random, as the partner reads them out ({@link GroupTypeBack}), to say who verified
 * them, and to set what the channel to the
 * partner may carry per release policy and which codes it holds. Nothing is trusted until Add. FX-thread only.
 */
final class AddPartnerDialog {
    /** The choice meaning "this channel carries nothing under the policy". */
    static final String NOTHING = "nothing";

    private final ExchangeHost host;
    private final PictureStore store;
    private final Consumer<Partner> onAdded;
    private final Stage stage;
    private final TextField keyFile = new TextField();
    private final Label readStatus = DialogWindow.value("partnerReadStatus");
    private final VBox details = new VBox(8);
    private final Label who = DialogWindow.value("partnerWho");
    private final FingerprintView fingerprint = new FingerprintView("partner");
    private final Label askGroups = DialogWindow.value("partnerAskGroups");
    private final TextField firstGroup = groupField("partnerFirstGroup");
    private final TextField secondGroup = groupField("partnerSecondGroup");
    private GroupTypeBack typeBack;
    private final TextField verifiedBy = new TextField();
    private final GridPane channels = new GridPane();
    private final Map<String, ComboBox<String>> channelChoices = new LinkedHashMap<>();
    private final TextField holds = new TextField();
    private final Label problem = DialogWindow.value("partnerProblem");
    private final Button add = DialogWindow.button("partnerAdd", "Add partner", this::add);
    private NodeIdentity key;

    private AddPartnerDialog(ExchangeHost host, PictureStore store, Window owner, Consumer<Partner> onAdded) {
        this.host = host;
        this.store = store;
        this.onAdded = onAdded;
        keyFile.setId("partnerKeyFile");
        keyFile.setPromptText("the partner's public key file (.paxkey), e.g. on the stick");
        keyFile.setPrefColumnCount(40);
        keyFile.setOnAction(e -> read());
        Button browse = DialogWindow.button("partnerBrowse", "Browse…", this::browse);
        Button read = DialogWindow.button("partnerRead", "Read key file", this::read);
        verifiedBy.setId("partnerVerifiedBy");
        verifiedBy.setPromptText("your name and rank, e.g. Capt. M. Rossi");
        holds.setId("partnerHolds");
        holds.setPromptText("e.g. NATO, EU (besides its own organisation code)");
        channels.setHgap(8);
        channels.setVgap(6);
        firstGroup.textProperty().addListener((o, a, b) -> check());
        secondGroup.textProperty().addListener((o, a, b) -> check());
        verifiedBy.textProperty().addListener((o, a, b) -> check());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Verified by:"), verifiedBy);
        form.addRow(1, new Label("Also holds codes:"), holds);
        VBox compare = new VBox(
                8,
                who,
                DialogWindow.note("Call the partner, or take their paper copy, and compare: their Paxmap shows"
                        + " these digits under Exchange ▸ This node…. If a single digit differs, do not add"
                        + " the key — the file may have been swapped on the way."),
                fingerprint,
                askGroups,
                new javafx.scene.layout.HBox(8, firstGroup, secondGroup),
                form);
        compare.setPrefWidth(470);
        VBox carry = new VBox(
                8,
                DialogWindow.heading("What the channel may carry"),
                DialogWindow.note("Per release policy, the highest classification you may send this partner;"
                        + " \"nothing\" sends nothing under that policy."),
                channels);
        carry.setPrefWidth(300);
        details.getChildren().setAll(new javafx.scene.layout.HBox(20, compare, carry));
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());
        Button cancel = DialogWindow.button("partnerCancel", "Cancel", () -> stage().close());
        cancel.setCancelButton(true);
        VBox root = new VBox(
                10,
                DialogWindow.heading("Add a partner"),
                DialogWindow.pathRow(keyFile, new javafx.scene.layout.HBox(6, browse, read)),
                readStatus,
                details,
                problem,
                DialogWindow.buttons(add, cancel));
        root.setPrefWidth(820);
        stage = DialogWindow.create(owner, "addPartnerDialog", "Paxmap — add partner", root);
        check();
    }

    /** Opens the dialog over {@code owner}; {@code onAdded} runs on the FX thread once the partner is stored. */
    static void open(ExchangeHost host, PictureStore store, Window owner, Consumer<Partner> onAdded) {
        AddPartnerDialog dialog = new AddPartnerDialog(host, store, owner, onAdded);
        dialog.stage.show();
        dialog.loadPolicies();
    }

    private static TextField groupField(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.getStyleClass().add("fingerprint-group");
        return field;
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
        chooser.setTitle("Partner's public key file");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Paxmap public keys (*.paxkey)", "*" + PublicKeyFile.EXTENSION));
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            keyFile.setText(chosen.getPath());
            read();
        }
    }

    private void read() {
        String text = keyFile.getText().trim();
        if (text.isEmpty()) {
            readStatus.setText("Enter the path of the partner's public key file.");
            DialogWindow.error(readStatus, true);
            return;
        }
        Path file = DialogWindow.typedPath(text, readStatus).orElse(null);
        if (file == null) {
            return;
        }
        key = null;
        details.setVisible(false);
        check();
        host.inBackground(
                "Reading the public key file " + file,
                () -> PublicKeyFile.read(file),
                identity -> {
                    key = identity;
                    readStatus.setText("Read " + file.getFileName() + ". It is not signed: only the fingerprint"
                            + " comparison below makes it trustworthy.");
                    DialogWindow.error(readStatus, false);
                    who.setText(visible(identity.name()) + " — node " + visible(identity.nodeId()) + ", "
                            + visible(identity.organisation())
                            + " — key created " + Times.format(identity.createdAt()));
                    fingerprint.show(identity);
                    typeBack = GroupTypeBack.random(identity.fingerprint(), new java.security.SecureRandom());
                    askGroups.setText("As the partner reads out their fingerprint, type groups "
                            + typeBack.firstNumber() + " and " + typeBack.secondNumber() + " here:");
                    firstGroup.setPromptText("group " + typeBack.firstNumber());
                    secondGroup.setPromptText("group " + typeBack.secondNumber());
                    firstGroup.clear();
                    secondGroup.clear();
                    details.setVisible(true);
                    DialogWindow.fit(stage);
                    check();
                },
                failure -> {
                    readStatus.setText("");
                    check();
                });
    }

    private void check() {
        String message;
        if (key == null) {
            message = "Read the partner's key file first.";
        } else if (!typeBack.problem(firstGroup.getText(), secondGroup.getText())
                .isEmpty()) {
            message = typeBack.problem(firstGroup.getText(), secondGroup.getText());
        } else if (verifiedBy.getText().isBlank()) {
            message = "Say who compared the fingerprint.";
        } else {
            message = "";
        }
        problem.setText(message);
        DialogWindow.error(problem, message.startsWith("Group "));
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
        String by = verifiedBy.getText().trim();
        Map<String, String> chosen = chosenChannels();
        List<String> codes = new ArrayList<>();
        Arrays.stream(holds.getText().split("[,;\\s]+"))
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .forEach(codes::add);
        add.setDisable(true);
        host.inBackground(
                "Adding partner " + identity.nodeId() + " to " + store.file(),
                () -> new TrustList(store).add(identity, by, Instant.now(), chosen, codes),
                partner -> {
                    stage.close();
                    onAdded.accept(partner);
                },
                failure -> check());
    }
}
