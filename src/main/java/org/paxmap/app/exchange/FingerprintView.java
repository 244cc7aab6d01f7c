package org.paxmap.app.exchange;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A key's fingerprint as two people compare it: the 12 groups of 5 digits in monospace on three lines of four, and
 * the base64url thumbprint in a read-only field that can be selected and copied. FX-thread only.
 */
final class FingerprintView extends VBox {
    private final Label digits = new Label();
    private final TextField thumbprint = new TextField();

    /** A view whose digits and thumbprint carry the ids {@code prefix + "Digits"} and {@code prefix + "Thumbprint"}. */
    FingerprintView(String prefix) {
        super(6);
        digits.setId(prefix + "Digits");
        digits.getStyleClass().add("fingerprint-digits");
        digits.setMinHeight(Label.USE_PREF_SIZE);
        thumbprint.setId(prefix + "Thumbprint");
        thumbprint.setEditable(false);
        thumbprint.getStyleClass().add("fingerprint-thumbprint");
        thumbprint.setPrefColumnCount(44);
        Label thumbprintCaption = new Label("Key thumbprint (base64url, RFC 7638):");
        getChildren().addAll(digits, thumbprintCaption, thumbprint);
    }

    /**
     * Shows the fingerprint of {@code identity} (over both keys when it has an encryption key) and the RFC 7638
     * thumbprint of its signing key, the {@code kid} its bundles are signed with.
     */
    void show(org.paxmap.bundle.trust.NodeIdentity identity) {
        digits.setText(identity.fingerprint().digitsInLines());
        thumbprint.setText(identity.kid());
    }
}
