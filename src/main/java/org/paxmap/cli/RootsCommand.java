package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootRevocations;
import org.paxmap.bundle.trust.TakenCertificate;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap roots}: the root keys a picture trusts — each node such a root certifies is accepted without a
 * fingerprint call of its own — and the roots' revocation lists it takes in and carries. Also {@code paxmap keys
 * certificate}: this node's certificate from its root. One instance per invocation.
 */
@Command(
        name = "roots",
        description = "The national or organisation root keys this picture trusts.",
        subcommands = {RootsCommand.Trust.class, RootsCommand.ListRoots.class, RootsCommand.Revocations.class})
final class RootsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: trust, list or revocations");
    }

    @Command(
            name = "trust",
            description = "Trust a root key from its public key file (.paxroot), after comparing its fingerprint with"
                    + " the root's holder out of band: every node it certifies is then accepted.")
    static final class Trust implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Parameters(index = "1", paramLabel = "ROOTKEY", description = "the root's .paxroot file")
        Path rootFile;

        @Option(
                names = "--verified-by",
                required = true,
                paramLabel = "NAME",
                description = "who compared the fingerprint with the root's holder")
        String verifiedBy;

        @Option(
                names = "--fingerprint",
                required = true,
                paramLabel = "DIGITS",
                description = "the root's whole fingerprint (all twelve groups) as its holder read it out,"
                        + " checked against the file before anything is trusted; 'paxmap root show ROOTKEY' shows it")
        String fingerprint;

        @Option(
                names = "--channel",
                paramLabel = "POLICY=CLASSIFICATION",
                description = "the highest classification the channel to the root's nodes may carry (repeatable)")
        Map<String, String> channels = new LinkedHashMap<>();

        @Option(
                names = "--holds",
                split = ",",
                paramLabel = "CODE",
                description = "releasability codes the root's nodes hold besides their organisation")
        List<String> holds = new ArrayList<>();

        @Option(names = "--allow-test-keys", description = "trust a root marked TEST ONLY in a picture not a sample")
        boolean allowTestKeys;

        @Override
        public Integer call() throws Exception {
            TrustedRoot root = KeysCommand.withStore(
                    spec,
                    picture,
                    store -> TrustedRoots.trust(
                            store, rootFile, fingerprint, verifiedBy, channels, holds, allowTestKeys));
            spec.commandLine()
                    .getOut()
                    .println("trusted the " + visible(root.words()) + " ("
                            + visible(root.identity().name())
                            + "): every node key it certifies is accepted for bundles within its certificate");
            return 0;
        }
    }

    @Command(name = "list", description = "List the trusted roots and the revocations taken from each.")
    static final class ListRoots implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            KeysCommand.withStore(spec, picture, store -> {
                List<TrustedRoot> roots = TrustedRoots.list(store);
                if (roots.isEmpty()) {
                    out.println("no trusted roots");
                }
                for (TrustedRoot r : roots) {
                    out.println(visible(r.identity().nodeId()) + "\t"
                            + visible(r.identity().organisation()) + "\t"
                            + visible(r.identity().name()));
                    out.println("  fingerprint: " + r.identity().fingerprint().digits());
                    out.println("  verified by: " + visible(r.verifiedBy()) + " at " + r.verifiedAt());
                    List<String> channels = new ArrayList<>();
                    r.channels().forEach((policy, c) -> channels.add(policy + "=" + c));
                    out.println("  channel:     "
                            + (channels.isEmpty() ? "(nothing)" : visible(String.join(", ", channels))));
                    out.println("  revocations: "
                            + TrustedRoots.revocations(store, r)
                                    .map(RootRevocations::summary)
                                    .orElse("none"));
                }
                return null;
            });
            return 0;
        }
    }

    @Command(
            name = "revocations",
            description =
                    "Take in a root's revocation list (from 'paxmap root revoke'): recorded if this picture trusts"
                            + " the root, and carried in the next bundles so that partners learn it.")
    static final class Revocations implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Parameters(index = "1", paramLabel = "FILE", description = "the revocation file")
        Path file;

        @Override
        public Integer call() throws Exception {
            String said = KeysCommand.withStore(spec, picture, store -> OwnCertificates.importRevocations(store, file));
            spec.commandLine().getOut().println(visible(said));
            return 0;
        }
    }

    @Command(
            name = "certificate",
            description = "Take this node's certificate from its root ('paxmap root certify'); every bundle it exports"
                    + " then carries it.")
    static final class Certificate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Parameters(index = "1", paramLabel = "FILE", description = "the certificate file")
        Path file;

        @Override
        public Integer call() throws Exception {
            TakenCertificate taken = KeysCommand.withStore(spec, picture, store -> TakenCertificate.take(store, file));
            spec.commandLine().getOut().println(visible(taken.summary()));
            taken.expiryWarning(Instant.now())
                    .ifPresent(w -> spec.commandLine().getErr().println("warning: " + visible(w)));
            return 0;
        }
    }
}
