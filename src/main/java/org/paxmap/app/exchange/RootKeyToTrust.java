package org.paxmap.app.exchange;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import org.paxmap.bundle.trust.Fingerprint;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.RootKeyFile;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.store.PictureStore;

/**
 * A national or organisation root key ({@code .paxroot}), trusted on its whole fingerprint ({@link WholeTypeBack})
 * through {@link TrustedRoots#trust} — the call {@code paxmap roots trust} makes, which checks the digits again before
 * anything is trusted. Stateless.
 */
final class RootKeyToTrust implements KeyToTrust<TrustedRoot> {
    @Override
    public String prefix() {
        return "root";
    }

    @Override
    public String dialogId() {
        return "trustRootDialog";
    }

    @Override
    public String heading() {
        return "Trust a national root";
    }

    @Override
    public String filePrompt() {
        return "the root's public key file (.paxroot), from the nation or organisation that keeps it";
    }

    @Override
    public FileChooser.ExtensionFilter filter() {
        return new FileChooser.ExtensionFilter(
                "Paxmap root public keys (*.paxroot)", "*" + RootKeyFile.PUBLIC_EXTENSION);
    }

    @Override
    public NodeIdentity read(Path file) throws Exception {
        return RootKeyFile.readPublic(file);
    }

    @Override
    public String readNote(Path file) {
        return "Read " + file.getFileName() + ". Once trusted, every node key this root certifies is accepted"
                + " without a call of its own: compare the whole fingerprint with the root's holder.";
    }

    @Override
    public String compareNote() {
        return "Call the root's holder (their 'paxmap root show' prints these digits), or take their signed paper"
                + " copy, and compare every group. If a single digit differs, do not trust the root.";
    }

    @Override
    public List<String> fieldIds() {
        return List.of("TypedFingerprint");
    }

    @Override
    public TypeBack typeBack(Fingerprint fingerprint) {
        return new WholeTypeBack(fingerprint);
    }

    @Override
    public String trustLabel() {
        return "Trust root";
    }

    @Override
    public String action(NodeIdentity key, PictureStore store) {
        return "Trusting root " + key.nodeId() + " in " + store.file();
    }

    @Override
    public TrustedRoot trust(PictureStore store, Request r) throws Exception {
        return TrustedRoots.trust(store, r.file(), r.typed(), r.verifiedBy(), r.channels(), r.holds(), false);
    }
}
