package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap keys}: this node's signing key — create it, show its fingerprint, export the public key file. */
@Command(
        name = "keys",
        description = "This node's Ed25519 signing key.",
        subcommands = {
            KeysCommand.Init.class,
            KeysCommand.Show.class,
            KeysCommand.ExportPublic.class,
            KeysCommand.Check.class,
            KeyFiles.ExportPrivate.class,
            KeyFiles.Import.class,
            KeyFiles.ExportAgeIdentity.class,
            KeysCommand.AddEncryption.class,
            KeysCommand.Passwd.class,
            KeyLifecycleCommands.Rotate.class,
            KeyLifecycleCommands.Revoke.class,
            RootsCommand.Certificate.class
        })
final class KeysCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: init, show, export-public or check");
    }

    /** Runs {@code work} on the opened picture, turning a trust refusal into one line for the user. */
    static <T> T withStore(picocli.CommandLine.Model.CommandSpec spec, Path picture, StoreWork<T> work)
            throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            announceKeyMove(spec, store);
            return work.run(store);
        } catch (TrustException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /**
     * Reads this node's passphrase ({@code passphrase}), runs {@code work} on the opened picture with it as {@link
     * #withStore} does, and clears the passphrase whatever happens.
     */
    static <T> T withPassphrase(
            picocli.CommandLine.Model.CommandSpec spec, Path picture, PassphraseOptions passphrase, SecretWork<T> work)
            throws Exception {
        return passphrase.use(false, secret -> withStore(spec, picture, store -> work.run(store, secret)));
    }

    /** Work on an opened picture that needs this node's passphrase. */
    @FunctionalInterface
    interface SecretWork<T> {
        T run(PictureStore store, char[] passphrase) throws Exception;
    }

    /**
     * Moves the key an older picture holds to the key store and says so on standard error (once: afterwards the
     * picture holds no key).
     */
    static void announceKeyMove(picocli.CommandLine.Model.CommandSpec spec, PictureStore store) throws Exception {
        try {
            LocalIdentity.moveOutOfPicture(store)
                    .ifPresent(notice -> spec.commandLine().getErr().println(visible(notice)));
        } catch (TrustException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    @FunctionalInterface
    interface StoreWork<T> {
        T run(PictureStore store) throws Exception;
    }

    static void show(java.io.PrintWriter out, NodeIdentity id) {
        out.println("node:         " + visible(id.nodeId()));
        out.println("name:         " + visible(id.name()));
        out.println("organisation: " + visible(id.organisation()));
        out.println("created:      " + id.createdAt());
        out.println("thumbprint:   " + visible(id.kid()));
        out.println("encryption:   "
                + (id.encryptionKey() == null
                        ? "none (made before encrypted bundles: paxmap keys add-encryption)"
                        : "X25519, age recipient " + id.encryptionKey().recipient()));
        out.println("fingerprint:  " + id.fingerprint().digitsInLines().replace("\n", "\n              "));
    }

    @Command(name = "init", description = "Generate this node's key pair; the private key is kept encrypted.")
    static final class Init implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "this node's display name")
        String name;

        @Option(
                names = "--organisation",
                required = true,
                paramLabel = "CODE",
                description = "nation code (e.g. FRA) or organisation (e.g. UN)")
        String organisation;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            char[] secret = passphrase.read(true);
            try {
                NodeIdentity id =
                        withStore(spec, picture, store -> LocalIdentity.create(store, name, organisation, secret));
                spec.commandLine().getOut().println("created the key of node " + id.nodeId());
                show(spec.commandLine().getOut(), id);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure("cannot create the key: " + e.getMessage());
            } finally {
                Arrays.fill(secret, '\0');
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show this node's id, key thumbprint and fingerprint.")
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Override
        public Integer call() throws Exception {
            NodeIdentity id = withStore(spec, picture, LocalIdentity::require);
            show(spec.commandLine().getOut(), id);
            return 0;
        }
    }

    @Command(name = "export-public", description = "Write this node's public key file for partners.")
    static final class ExportPublic implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "the file to write, e.g. fra.paxkey")
        Path out;

        @Override
        public Integer call() throws Exception {
            NodeIdentity id = withStore(spec, picture, LocalIdentity::require);
            PublicKeyFile.write(id, out);
            spec.commandLine()
                    .getOut()
                    .println(
                            "wrote " + out + " (fingerprint " + id.fingerprint().digits() + ")");
            return 0;
        }
    }

    @Command(
            name = "add-encryption",
            description = "Give a node made before encrypted bundles an X25519 encryption key (its fingerprint then"
                    + " covers both keys: hand partners the new public key file).")
    static final class AddEncryption implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            NodeIdentity id = withPassphrase(spec, picture, passphrase, LocalIdentity::addEncryptionKey);
            spec.commandLine()
                    .getOut()
                    .println("added an encryption key to node " + visible(id.nodeId())
                            + "; its fingerprint changed: export the public key file again for partners");
            show(spec.commandLine().getOut(), id);
            return 0;
        }
    }

    @Command(
            name = "passwd",
            description = "Change the passphrase of this node's keys (the keys and the fingerprint stay the same).")
    static final class Passwd implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Mixin
        PassphraseOptions passphrase;

        @Option(
                names = "--new-passphrase-file",
                paramLabel = "FILE",
                description = "read the new passphrase from the first line of FILE (default: ask twice on the console)")
        Path newPassphraseFile;

        @Override
        public Integer call() throws Exception {
            char[] old = passphrase.read(false);
            PassphraseOptions fresh = new PassphraseOptions();
            fresh.file = newPassphraseFile;
            fresh.warnings = spec.commandLine().getErr();
            char[] next = newPassphraseFile == null ? PassphraseOptions.fromConsole(true) : fresh.read(true);
            try {
                withStore(spec, picture, store -> {
                    LocalIdentity.changePassphrase(store, old, next);
                    return null;
                });
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(next, '\0');
            }
            spec.commandLine()
                    .getOut()
                    .println("changed the passphrase of this node's keys; backups made before keep the old one:"
                            + " make a new one with paxmap keys export-private");
            return 0;
        }
    }

    @Command(name = "check", description = "Unlock the private key to check the passphrase.")
    static final class Check implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            withPassphrase(spec, picture, passphrase, LocalIdentity::unlock);
            spec.commandLine().getOut().println("the passphrase unlocks the key");
            return 0;
        }
    }
}
