package org.paxmap.app.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.FileChooser;
import org.paxmap.bundle.trust.Fingerprint;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.store.PictureStore;

/**
 * What differs between the keys the trust dialog ({@link TrustKeyDialog}) adds after a fingerprint comparison: a
 * partner's node key ({@link PartnerKeyToTrust}) or a national root key ({@link RootKeyToTrust}) — its file, the
 * digits typed back, the words, and the store call, which is the one the command line makes. Implementations are
 * stateless; {@link #read} and {@link #trust} run on the window's I/O thread, the rest on the FX thread.
 *
 * @param <T> what trusting the key gives (a partner, a trusted root)
 */
interface KeyToTrust<T> {
    /** The prefix of the dialog's control ids ({@code partner}, {@code root}). */
    String prefix();

    /** The id of the dialog's root node. */
    String dialogId();

    /** The heading, e.g. "Add a partner". */
    String heading();

    /** The prompt of the file field. */
    String filePrompt();

    /** The file chooser's filter. */
    FileChooser.ExtensionFilter filter();

    /** Reads the public key file {@code file}. */
    NodeIdentity read(Path file) throws Exception;

    /** Said once the file is read. */
    String readNote(Path file);

    /** How to compare the fingerprint with the key's holder. */
    String compareNote();

    /** The ids of the type-back fields, one per {@link TypeBack#prompts() prompt}, after the prefix. */
    List<String> fieldIds();

    /** The type-back for {@code fingerprint}. */
    TypeBack typeBack(Fingerprint fingerprint);

    /** The label of the button that trusts the key. */
    String trustLabel();

    /** What {@link #trust} does, for the host's progress and failure messages. */
    String action(NodeIdentity key, PictureStore store);

    /**
     * What the user asked to trust: the key read from {@code file}, the digits typed back (the fields' text joined by
     * spaces), who verified them, the channel per release policy and the codes held.
     */
    record Request(
            Path file,
            NodeIdentity key,
            String typed,
            String verifiedBy,
            Map<String, String> channels,
            List<String> holds) {}

    /** Trusts the key of {@code r}, checking the digits again where the command line does. */
    T trust(PictureStore store, Request r) throws Exception;
}
