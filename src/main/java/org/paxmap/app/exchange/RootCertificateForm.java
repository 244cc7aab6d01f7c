package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.TakenCertificate;
import org.paxmap.store.PictureStore;

/**
 * Takes this node's certificate from its national root ({@code paxmap root certify} wrote it) into the picture, as
 * {@code paxmap keys certificate} does ({@link TakenCertificate#take}): it must be for this node's current key, and
 * verify with its root when this picture trusts that root; every bundle exported afterwards carries it. A refused file
 * is said in place, nothing changed; an expired certificate is taken with the warning the command line gives. The
 * picture is written in the background; FX-thread only.
 */
final class RootCertificateForm extends VBox {
    /** A form for {@code store}'s node; {@code onBack} returns to the node's details. */
    RootCertificateForm(ExchangeHost host, PictureStore store, Runnable onBack) {
        super(10);
        FileTake take = new FileTake(
                host,
                host.owner(),
                "certificate",
                "this node's certificate (.paxcert) from its root",
                new FileChooser.ExtensionFilter("Paxmap certificates (*.paxcert)", "*" + OwnCertificates.EXTENSION),
                "Take certificate",
                "Taking the root certificate",
                file -> {
                    TakenCertificate taken = TakenCertificate.take(store, file);
                    return visible(DialogWindow.sentence(taken.summary())
                            + taken.expiryWarning(Instant.now())
                                    .map(w -> " Warning: " + w + ".")
                                    .orElse(""));
                },
                said -> {});
        Button back = DialogWindow.button("certificateBack", "Back", onBack);
        back.setCancelButton(true);
        setPrefWidth(640);
        getChildren()
                .setAll(
                        DialogWindow.heading("Take this node's certificate from its root"),
                        DialogWindow.note("Your nation or organisation's root can vouch for this node: partners who"
                                + " trust that root then accept your bundles without comparing your fingerprint."
                                + " Give the root your public key file; it sends back a certificate (.paxcert)."
                                + " Take it in here and every bundle you export carries it."),
                        take,
                        DialogWindow.buttons(back));
    }
}
