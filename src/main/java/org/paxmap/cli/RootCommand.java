package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.RootAuthority;
import org.paxmap.bundle.trust.RootKeyFile;
import org.paxmap.bundle.trust.RootRevocations;
import org.paxmap.bundle.trust.TrustException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap root}: a nation's or organisation's root key, kept offline in a file of its own — make it, show and
 * export its public key, certify node keys, revoke a node key or the root itself. No picture is involved. One
 * instance per invocation.
 */
@Command(
        name = "root",
        description = "A national or organisation root key, kept offline in its own file: it certifies node keys.",
        subcommands = {
            RootCommand.Init.class,
            RootCommand.Show.class,
            RootCommand.Export.class,
            RootCommand.Certify.class,
            RootCommand.Revoke.class
        })
final class RootCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: init, show, export, certify or revoke");
    }

    /** Runs {@code work}, turning a trust refusal into one line for the user. */
    static <T> T refusing(TrustWork<T> work) throws CommandFailure {
        try {
            return work.run();
        } catch (TrustException e) {
            throw new CommandFailure(e.getMessage());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new CommandFailure(e.getFile() + " exists: nothing was written (choose another --out)");
        } catch (java.io.IOException e) {
            throw new CommandFailure("cannot write: " + e.getMessage());
        }
    }

    /** Work that may refuse. */
    @FunctionalInterface
    interface TrustWork<T> {
        T run() throws TrustException, java.io.IOException;
    }

    /** The root's public facts and fingerprint. */
    static void show(java.io.PrintWriter out, NodeIdentity root) {
        out.println("root:         " + visible(root.nodeId()));
        out.println("name:         " + visible(root.name()));
        out.println("organisation: " + visible(root.organisation()));
        out.println("created:      " + root.createdAt());
        out.println("thumbprint:   " + visible(root.kid()));
        out.println("fingerprint:  " + root.fingerprint().digitsInLines().replace("\n", "\n              "));
    }

    private static Instant time(String option, String text) throws CommandFailure {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandFailure(option + " " + text + " is not a UTC time like 2026-11-30T00:00:00Z");
        }
    }

    @Command(name = "init", description = "Make a root key in a new file (readable by you only), under a passphrase.")
    static final class Init implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROOTFILE", description = "the root key file to create")
        Path file;

        @Option(names = "--organisation", required = true, paramLabel = "CODE", description = "e.g. FRA or UN")
        String organisation;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "e.g. \"French national root\"")
        String name;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            NodeIdentity root = passphrase.use(
                    true, secret -> refusing(() -> RootAuthority.init(file, organisation, name, secret)));
            spec.commandLine().getOut().println("created root key " + file + " (keep it offline)");
            show(spec.commandLine().getOut(), root);
            spec.commandLine()
                    .getOut()
                    .println("give partners its public key: paxmap root export " + file + " --out ROOT"
                            + RootKeyFile.PUBLIC_EXTENSION);
            return 0;
        }
    }

    @Command(name = "show", description = "Show a root's id and fingerprint (from its key file or public key file).")
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the root key file or its .paxroot file")
        Path file;

        @Override
        public Integer call() throws Exception {
            NodeIdentity root = refusing(() -> {
                try {
                    return RootKeyFile.readPublic(file);
                } catch (TrustException notPublic) {
                    return RootKeyFile.read(file).identity();
                }
            });
            show(spec.commandLine().getOut(), root);
            return 0;
        }
    }

    @Command(name = "export", description = "Write the root's public key file, for partners to trust.")
    static final class Export implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROOTFILE", description = "the root key file")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .paxroot file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            NodeIdentity root = refusing(() -> {
                NodeIdentity id = RootKeyFile.read(file).identity();
                java.nio.file.Files.writeString(
                        out,
                        RootKeyFile.publicJson(id),
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW);
                return id;
            });
            spec.commandLine().getOut().println("wrote " + out + " (public key of " + visible(root.nodeId()) + ")");
            show(spec.commandLine().getOut(), root);
            return 0;
        }
    }

    @Command(
            name = "certify",
            description = "Certify a node's public key (.paxkey) for a period; the node imports the certificate with"
                    + " 'paxmap keys certificate' and carries it in every bundle.")
    static final class Certify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROOTFILE", description = "the root key file")
        Path file;

        @Parameters(index = "1", paramLabel = "KEYFILE", description = "the node's .paxkey file")
        Path keyFile;

        @Option(names = "--not-before", paramLabel = "TIME", description = "from (UTC, default: now)")
        String notBefore;

        @Option(
                names = "--not-after",
                paramLabel = "TIME",
                description = "until (UTC, e.g. 2027-06-30T00:00:00Z; default: 180 days after --not-before)")
        String notAfter;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the certificate file to write")
        Path out;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            Instant from = notBefore == null ? Instant.now() : time("--not-before", notBefore);
            Instant to = notAfter == null ? from.plus(Duration.ofDays(180)) : time("--not-after", notAfter);
            NodeCertificate c = passphrase.use(
                    false,
                    secret -> refusing(() -> {
                        NodeCertificate made =
                                RootAuthority.certify(file, secret, PublicKeyFile.read(keyFile), from, to);
                        OwnCertificates.writeFile(out, List.of(made.compact()));
                        return made;
                    }));
            spec.commandLine()
                    .getOut()
                    .println("certified node " + visible(c.node().nodeId()) + " (key " + c.kid() + ") of "
                            + c.organisation() + " from " + c.notBefore() + " to " + c.notAfter() + ": wrote " + out);
            spec.commandLine().getOut().println("the node imports it with: paxmap keys certificate PICTURE " + out);
            return 0;
        }
    }

    @Command(
            name = "revoke",
            description = "Revoke a node key this root certified (or the root itself): writes the root's new"
                    + " revocation list, which the root's nodes carry in their next bundles ('paxmap roots"
                    + " revocations').")
    static final class Revoke implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROOTFILE", description = "the root key file")
        Path file;

        @ArgGroup(multiplicity = "1")
        What what;

        /** A node's key file, or the root itself. */
        static final class What {
            @Option(names = "--node", paramLabel = "KEYFILE", description = "the revoked node's .paxkey file")
            Path node;

            @Option(names = "--root", description = "revoke the root itself: every certificate it signed")
            boolean root;
        }

        @Option(
                names = "--since",
                paramLabel = "TIME",
                description = "refuse bundles dated after this UTC time (default: now)")
        String since;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the revocation file to write")
        Path out;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            Instant from = since == null ? Instant.now() : time("--since", since);
            RootRevocations list = passphrase.use(
                    false,
                    secret -> refusing(() -> {
                        if (what.root) {
                            return RootAuthority.revoke(file, secret, null, null, from, out);
                        }
                        NodeIdentity node = PublicKeyFile.read(what.node);
                        return RootAuthority.revoke(file, secret, node.kid(), node.nodeId(), from, out);
                    }));
            spec.commandLine()
                    .getOut()
                    .println("revocation list " + list.version() + ": "
                            + list.nodes().size() + " node key(s) revoked"
                            + (list.rootSince() == null ? "" : ", the root itself from " + list.rootSince())
                            + "; wrote " + out);
            spec.commandLine()
                    .getOut()
                    .println("give it to the root's nodes and partners: paxmap roots revocations PICTURE " + out);
            return 0;
        }
    }
}
