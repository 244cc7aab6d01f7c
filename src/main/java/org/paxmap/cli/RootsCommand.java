package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootKeyFile;
import org.paxmap.bundle.trust.RootRevocations;
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
            TrustedRoot root = KeysCommand.withStore(spec, picture, store -> {
                NodeIdentity key = RootKeyFile.readPublic(rootFile);
                if (!key.fingerprint().confirmedInFull(fingerprint)) {
                    throw new CommandFailure("the fingerprint digits given are not the whole fingerprint of "
                            + rootFile + " (root " + visible(key.nodeId()) + "): a root vouches for every node it"
                            + " certifies, so all twelve groups are compared; nothing was trusted. Compare again"
                            + " with the root's holder, by voice, before trusting it");
                }
                return TrustedRoots.add(
                        store, new TrustedRoot(key, verifiedBy, Instant.now(), channels, holds), allowTestKeys);
            });
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
                    RootRevocations list = TrustedRoots.revocations(store, r).orElse(null);
                    out.println("  revocations: "
                            + (list == null
                                    ? "none"
                                    : "list " + list.version() + ", "
                                            + list.nodes().size() + " node key(s)"
                                            + (list.rootSince() == null
                                                    ? ""
                                                    : ", the root itself from " + list.rootSince())));
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
            boolean[] checked = new boolean[1];
            NodeCertificate c = KeysCommand.withStore(spec, picture, store -> {
                NodeCertificate taken = OwnCertificates.importCertificate(store, file);
                checked[0] = TrustedRoots.find(store, taken.rootKid()).isPresent();
                return taken;
            });
            spec.commandLine()
                    .getOut()
                    .println("the certificate says this node's key " + c.kid() + " is "
                            + visible(c.node().nodeId()) + " of "
                            + c.organisation() + " from " + c.notBefore() + " to " + c.notAfter()
                            + ", signed by root key " + c.rootKid()
                            + (checked[0]
                                    ? " (checked against that root, which this picture trusts)"
                                    : " (this picture does not trust that root, so receivers check the signature)")
                            + "; the next bundles carry it");
            if (Instant.now().isAfter(c.notAfter())) {
                spec.commandLine()
                        .getErr()
                        .println("warning: the certificate expired on " + c.notAfter() + ": receivers refuse bundles"
                                + " that come with it; ask the root for a new one");
            }
            return 0;
        }
    }
}
