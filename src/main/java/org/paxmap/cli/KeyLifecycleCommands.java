package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.KeyLifecycle;
import org.paxmap.bundle.trust.KeyStatement;
import org.paxmap.bundle.trust.LocalIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap keys rotate} and {@code paxmap keys revoke}: a node's key lifecycle. One instance per invocation. */
final class KeyLifecycleCommands {
    private KeyLifecycleCommands() {}

    @Command(
            name = "rotate",
            description = "Make a new key pair for this node and a rotation statement signed by the old key; the next"
                    + " bundles carry it and partners who checked the fingerprint move to the new key without a new call; a node"
                    + " certified by a root needs a new certificate for the new key.")
    static final class Rotate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            boolean[] certified = new boolean[1];
            KeyStatement s = KeysCommand.withPassphrase(spec, picture, passphrase, (store, secret) -> {
                certified[0] = KeyLifecycle.rootCertified(store);
                return KeyLifecycle.rotate(store, secret);
            });
            var out = spec.commandLine().getOut();
            out.println("rotated the key of node " + visible(s.nodeId()) + ": " + s.key() + " -> "
                    + s.newKey().kid() + " (statement " + s.version() + ", signed by the old key)");
            out.println("the next bundles carry the statement; partners who checked this node's fingerprint move to"
                    + " the new key when they import one. Make a new backup: paxmap keys export-private");
            if (certified[0]) {
                out.println("this node needs a new certificate from its root: " + KeyLifecycle.RECERTIFY);
            }
            KeysCommand.show(out, s.newKey());
            return 0;
        }
    }

    @Command(
            name = "revoke",
            description = "Revoke an earlier key of this node (one 'keys rotate' replaced): partners refuse bundles it"
                    + " signed dated after the revocation. Signed by the current key; travels in the next bundles.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Option(names = "--key", required = true, paramLabel = "THUMBPRINT", description = "the key to revoke")
        String kid;

        @Option(
                names = "--since",
                paramLabel = "TIME",
                description = "refuse its bundles dated after this UTC time, e.g. 2026-11-30T00:00:00Z (default: now)")
        String since;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            Instant from;
            try {
                from = since == null ? Instant.now() : Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw new CommandFailure("--since " + since + " is not a UTC time like 2026-11-30T00:00:00Z");
            }
            KeyStatement s = KeysCommand.withPassphrase(spec, picture, passphrase, (store, secret) -> {
                LocalIdentity.require(store);
                return KeyLifecycle.revoke(store, secret, kid, from);
            });
            spec.commandLine()
                    .getOut()
                    .println("revoked key " + s.key() + " of node " + visible(s.nodeId()) + " from " + s.effectiveAt()
                            + " (statement " + s.version() + "); the next bundles carry the revocation");
            return 0;
        }
    }
}
