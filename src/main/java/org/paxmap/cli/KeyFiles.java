package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.KeyBackup;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap keys export-private} and {@code paxmap keys import}: a node's key as two files — its public key file
 * ({@code .paxkey}) and its private key still encrypted under the passphrase — to keep a backup, or to give a new
 * picture the key of an existing node (the sample nodes in {@code samples/partners/} are restored this way). The
 * private key never leaves its passphrase envelope.
 */
final class KeyFiles {
    private KeyFiles() {}

    @Command(
            name = "export-private",
            description = "Write this node's private key, still encrypted under its passphrase, for a backup.")
    static final class ExportPrivate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "the file to write (must not" + " exist)")
        Path out;

        @Override
        public Integer call() throws Exception {
            org.paxmap.bundle.trust.NodeKeyFile stored = KeysCommand.withStore(spec, picture, store -> {
                LocalIdentity.require(store);
                return LocalIdentity.keyFile(store).orElseThrow();
            });
            // 0600 whatever the umask: the envelope is only as safe as its passphrase. A node with an encryption key
            // is backed up whole (the key store's file: both keys, still encrypted); an older node as its envelope.
            String backup = stored.encryptionKey() == null ? stored.signingKey().toJson() + "\n" : stored.toJson();
            org.paxmap.bytes.PrivateFiles.writeNew(out, backup.getBytes(StandardCharsets.UTF_8));
            spec.commandLine()
                    .getOut()
                    .println("wrote " + out + " (the private key of node "
                            + stored.identity().nodeId()
                            + ", encrypted under its passphrase; keep it as safe as the picture)");
            return 0;
        }
    }

    @Command(
            name = "export-age-identity",
            description = "Write this node's X25519 key as an age identity (AGE-SECRET-KEY-1…), unencrypted, so the"
                    + " age tool can open bundles sent to this node. The file is a secret: keep it off shared media.")
    static final class ExportAgeIdentity implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "the file to write (must not exist; created readable by you only)")
        Path out;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            PrivateKey key = KeysCommand.withPassphrase(spec, picture, passphrase, LocalIdentity::unlockEncryption);
            byte[] raw = org.paxmap.bundle.seal.X25519Keys.raw(key);
            try {
                org.paxmap.bytes.PrivateFiles.writeNew(
                        out,
                        (org.paxmap.bundle.seal.X25519Keys.identity(raw) + "\n").getBytes(StandardCharsets.US_ASCII));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
            spec.commandLine()
                    .getOut()
                    .println("wrote " + out + " (this node's age identity, NOT encrypted: whoever reads it opens"
                            + " every bundle sent to this node)");
            return 0;
        }
    }

    @Command(
            name = "import",
            description = "Give this picture the key of its node from a public key file and the matching encrypted"
                    + " private key; the passphrase must unlock it.")
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture (its node id must match)")
        Path picture;

        @Option(names = "--public", required = true, paramLabel = "FILE", description = "the node's .paxkey file")
        Path publicFile;

        @Option(
                names = "--private",
                required = true,
                paramLabel = "FILE",
                description = "the encrypted private key (paxmap keys export-private)")
        Path privateFile;

        @Mixin
        PassphraseOptions passphrase;

        @Option(
                names = "--replace",
                description = "restore the node from this backup over whatever the picture and the key store hold"
                        + " now (a damaged or missing key file, a damaged identity in an older picture, another key)")
        boolean replace;

        @Option(
                names = "--allow-test-keys",
                description = "accept a key marked TEST ONLY (published passphrase) in a picture not created as a"
                        + " sample")
        boolean allowTestKeys;

        @Override
        public Integer call() throws Exception {
            char[] secret = passphrase.read(false);
            if (replace) {
                return replace(secret);
            }
            NodeIdentity id = KeysCommand.withStore(
                    spec, picture, store -> KeyBackup.restore(store, publicFile, privateFile, secret, allowTestKeys));
            spec.commandLine().getOut().println("imported the key of node " + visible(id.nodeId()));
            KeysCommand.show(spec.commandLine().getOut(), id);
            return 0;
        }

        /** {@code --replace}: no look at the picture's key before the backup has replaced it (it may be damaged). */
        private Integer replace(char[] secret) throws Exception {
            java.util.Optional<String> replaced;
            try (org.paxmap.store.PictureStore store = org.paxmap.store.PictureStore.open(picture)) {
                replaced = KeyBackup.replace(store, publicFile, privateFile, secret, allowTestKeys);
            } catch (org.paxmap.bundle.trust.TrustException e) {
                throw new CommandFailure(e.getMessage());
            }
            NodeIdentity id = org.paxmap.bundle.trust.PublicKeyFile.read(publicFile);
            replaced.ifPresent(r -> spec.commandLine().getOut().println(visible(r)));
            spec.commandLine()
                    .getOut()
                    .println("restored the key of node " + visible(id.nodeId()) + " from its backup");
            KeysCommand.show(spec.commandLine().getOut(), id);
            return 0;
        }
    }
}
