package org.paxmap.app.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.stage.FileChooser;
import org.paxmap.bundle.trust.Fingerprint;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.store.PictureStore;

/**
 * A partner's node key ({@code .paxkey}), trusted on two groups of its fingerprint picked at random ({@link
 * GroupTypeBack}) and added to the trust list ({@link TrustList#add}). Stateless.
 */
final class PartnerKeyToTrust implements KeyToTrust<Partner> {
    @Override
    public String prefix() {
        return "partner";
    }

    @Override
    public String dialogId() {
        return "addPartnerDialog";
    }

    @Override
    public String heading() {
        return "Add a partner";
    }

    @Override
    public String filePrompt() {
        return "the partner's public key file (.paxkey), e.g. on the stick";
    }

    @Override
    public FileChooser.ExtensionFilter filter() {
        return new FileChooser.ExtensionFilter("Paxmap public keys (*.paxkey)", "*" + PublicKeyFile.EXTENSION);
    }

    @Override
    public NodeIdentity read(Path file) throws Exception {
        return PublicKeyFile.read(file);
    }

    @Override
    public String readNote(Path file) {
        return "Read " + file.getFileName() + ". It is not signed: only the fingerprint comparison below makes it"
                + " trustworthy.";
    }

    @Override
    public String compareNote() {
        return "Call the partner, or take their paper copy, and compare: their Paxmap shows these digits under"
                + " Exchange ▸ This node…. If a single digit differs, do not add the key — the file may have been"
                + " swapped on the way.";
    }

    @Override
    public List<String> fieldIds() {
        return List.of("FirstGroup", "SecondGroup");
    }

    @Override
    public TypeBack typeBack(Fingerprint fingerprint) {
        return GroupTypeBack.random(fingerprint, new java.security.SecureRandom());
    }

    @Override
    public String trustLabel() {
        return "Add partner";
    }

    @Override
    public String action(NodeIdentity key, PictureStore store) {
        return "Adding partner " + key.nodeId() + " to " + store.file();
    }

    @Override
    public Partner trust(PictureStore store, Request r) throws Exception {
        return new TrustList(store).add(r.key(), r.verifiedBy(), Instant.now(), r.channels(), r.holds());
    }
}
