package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paxmap.bundle.exchange.BundleExport;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.BundleSealing;
import org.paxmap.bundle.exchange.ExportPlan;
import org.paxmap.bundle.exchange.ExportResult;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.exchange.ImportResult;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.DecryptionKeys;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.store.ApplyResult;
import org.paxmap.store.ImportRecord;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap bundle}: exchange the picture with a partner as signed bundles on a USB stick — export, verify,
 * inspect, import. Exit codes: 0 done or nothing to do, 1 refused or failed (one line on standard error), 2 wrong
 * usage, 3 imported but conflicts are left for the analyst.
 */
@Command(
        name = "bundle",
        description = "Exchange the picture with a partner as signed bundles (.paxb) on a USB stick.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done, or nothing to do (e.g. the bundle was already imported)",
            "  1  refused or failed: bad or altered file, unknown signer, not addressed",
            "     to us, over-release, wrong passphrase, … (one line on standard error",
            "     says why); nothing was written",
            "  2  wrong usage",
            "  3  imported, but conflicts are left for the analyst (paxmap conflicts list)"
        },
        subcommands = {
            BundleCommand.Export.class,
            BundleCommand.Verify.class,
            BundleCommand.Inspect.class,
            BundleCommand.Import.class
        })
final class BundleCommand implements Runnable {
    /** Exit code of an import that applied but left conflicts for the analyst to resolve. */
    static final int CONFLICTS = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: export, verify, inspect or import");
    }

    /** The {@code --picture} option every bundle, conflicts and provenance command takes. */
    static final class PictureOption {
        @Option(names = "--picture", required = true, paramLabel = "PICTURE", description = "this node's picture")
        Path picture;
    }

    @Command(
            name = "export",
            description = "Export to a partner: print what goes and what is withheld and why, then write the bundle.",
            footerHeading = "%nExit codes:%n",
            footer = {"  0 written (or planned, with --dry-run), 1 refused or failed, 2 wrong usage"})
    static final class Export implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        PictureOption picture;

        @Option(names = "--to", required = true, paramLabel = "NODE", description = "the partner's node id")
        String to;

        @Option(
                names = "--full",
                description =
                        "everything releasable, not only the changes since the partner's" + " last acknowledgement")
        boolean full;

        @Option(
                names = "--policy",
                paramLabel = "POLICY",
                description = "the release policy the bundle carries (EXERCISE, NATO, UN…); by default the policy"
                        + " with the most releasable features. Features under other policies wait for a bundle of"
                        + " their own.")
        String policy;

        @Option(names = "--out", paramLabel = "FOLDER", description = "the folder to write into, e.g. the USB stick")
        Path out;

        @Option(names = "--dry-run", description = "print the plan only; write nothing, ask no passphrase")
        boolean dryRun;

        @Option(
                names = "--plain",
                description = "write an unencrypted bundle that whoever holds the file can read (by default the"
                        + " bundle is encrypted to the partner's key)")
        boolean plain;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() throws Exception {
            PrintWriter stdout = spec.commandLine().getOut();
            if (!dryRun && out == null) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--out FOLDER is required (or give --dry-run)");
            }
            if (!dryRun && !Files.isDirectory(out)) {
                throw new CommandFailure("output folder " + out + " does not exist or is not a folder");
            }
            try (PictureStore store = PictureStore.open(picture.picture)) {
                KeysCommand.announceKeyMove(spec, store);
                BundleExport export = new BundleExport(store);
                ExportPlan plan =
                        export.plan(to, full ? Manifest.SyncMode.FULL : Manifest.SyncMode.INCREMENTAL, policy);
                BundleReport.plan(stdout, plan);
                if (dryRun) {
                    stdout.println("dry run: nothing written");
                    return 0;
                }
                char[] secret = passphrase.read(false);
                PrivateKey key;
                try {
                    key = LocalIdentity.unlock(store, secret);
                } finally {
                    Arrays.fill(secret, '\0');
                }
                ExportResult result =
                        export.write(plan, key, out, plain ? BundleSealing.PLAIN : BundleSealing.ENCRYPTED);
                Manifest m = result.manifest();
                stdout.println("wrote " + result.file());
                stdout.println(
                        result.encrypted()
                                ? "  encrypted to " + visible(to) + " (age v1, X25519): only its key opens the file"
                                : "  NOT encrypted (--plain): whoever holds the file can read everything in it");
                stdout.println("  bundle:   " + m.bundleId());
                stdout.println("  stream:   " + visible(m.sender().nodeId()) + " -> " + visible(to) + " bundle "
                        + m.stream().get(to).sequence());
                stdout.println("  re-read and verified against this node's public key");
            }
            return 0;
        }
    }

    @Command(
            name = "verify",
            description = "Verify a bundle against the trust list: who signed it and that nothing was altered.",
            footerHeading = "%nExit codes:%n",
            footer = {"  0 verified, 1 refused (the line on standard error says why), 2 wrong usage"})
    static final class Verify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        PassphraseOptions passphrase;

        @Parameters(index = "0", paramLabel = "FILE", description = "the bundle (.paxb)")
        Path file;

        @Mixin
        PictureOption picture;

        @Override
        public Integer call() throws Exception {
            try (PictureStore store = PictureStore.open(picture.picture)) {
                KeysCommand.announceKeyMove(spec, store);
                ImportPreview preview = new BundleImport(store).preview(file, decryptionKey(store, file, passphrase));
                BundleReport.signer(spec.commandLine().getOut(), preview);
                spec.commandLine()
                        .getOut()
                        .println("  addressed to "
                                + visible(String.join(
                                        ", ", preview.bundle().manifest().recipients()))
                                + ", labelled "
                                + visible(preview.bundle().manifest().label().displayForm()));
            }
            return 0;
        }
    }

    @Command(
            name = "inspect",
            description = "Verify a bundle and show its manifest and what importing it would do. Writes nothing.",
            footerHeading = "%nExit codes:%n",
            footer = {
                "  0 verified (even if the import would be refused: see 'refused' in the preview),"
                        + " 1 refused, 2 wrong usage"
            })
    static final class Inspect implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        PassphraseOptions passphrase;

        @Parameters(index = "0", paramLabel = "FILE", description = "the bundle (.paxb)")
        Path file;

        @Mixin
        PictureOption picture;

        @Override
        public Integer call() throws Exception {
            try (PictureStore store = PictureStore.open(picture.picture)) {
                KeysCommand.announceKeyMove(spec, store);
                inspect(spec.commandLine().getOut(), store, file, passphrase);
            }
            return 0;
        }
    }

    /**
     * This node's encryption keys — current, then those rotations replaced — when {@code file} is encrypted (the
     * passphrase is asked only then), else none.
     */
    static DecryptionKeys decryptionKey(PictureStore store, Path file, PassphraseOptions passphrase) throws Exception {
        if (!BundleImport.isEncrypted(file)) {
            return DecryptionKeys.only(null);
        }
        char[] secret = passphrase.read(false);
        try {
            return DecryptionKeys.unlock(store, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Verifies {@code file}, prints signer, manifest and preview, and returns the preview. */
    static ImportPreview inspect(PrintWriter out, PictureStore store, Path file, PassphraseOptions passphrase)
            throws Exception {
        ImportPreview preview = new BundleImport(store).preview(file, decryptionKey(store, file, passphrase));
        BundleReport.signer(out, preview);
        BundleReport.manifest(out, preview.bundle().manifest());
        BundleReport.preview(out, preview);
        return preview;
    }

    @Command(
            name = "import",
            description = "Verify and inspect a bundle, then import it in one transaction (all or nothing).",
            footerHeading = "%nExit codes:%n",
            footer = {
                "  0  imported, or already imported (nothing changed), or a --dry-run",
                "     of an acceptable bundle",
                "  1  refused: nothing was imported (the line on standard error says why)",
                "  2  wrong usage",
                "  3  imported, but conflicts or proposals are left for the analyst",
                "     (paxmap conflicts list, paxmap proposals list)"
            })
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        PassphraseOptions passphrase;

        @Parameters(index = "0", paramLabel = "FILE", description = "the bundle (.paxb)")
        Path file;

        @Mixin
        PictureOption picture;

        @Option(names = "--dry-run", description = "verify and inspect only; write nothing")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PictureStore store = PictureStore.open(picture.picture)) {
                KeysCommand.announceKeyMove(spec, store);
                ImportPreview preview = inspect(out, store, file, passphrase);
                Manifest m = preview.bundle().manifest();
                String sender = m.sender().nodeId();
                String shownSender = visible(sender);
                if (preview.plan().alreadyImported()) {
                    Optional<ImportRecord> record =
                            store.importedBundle(m.bundleId().toString());
                    out.println("bundle " + m.bundleId() + " from " + shownSender + " was already imported"
                            + record.map(r -> " at " + r.importedAt()).orElse("") + "; nothing changed");
                    return 0;
                }
                if (preview.refused()) {
                    throw new CommandFailure(visible(file) + ": refused, nothing " + (dryRun ? "would be " : "was ")
                            + "imported: " + refusals(preview));
                }
                if (dryRun) {
                    out.println("dry run: nothing imported");
                    return 0;
                }
                long before = store.acknowledgedPosition(sender);
                ImportResult result = new BundleImport(store).apply(preview);
                ApplyResult applied = result.applied();
                out.println("imported bundle " + m.bundleId() + " from " + shownSender + ": " + applied.written()
                        + " features written, " + applied.conflictsOpened() + " conflicts opened, "
                        + applied.conflictsCleared() + " conflicts cleared");
                Manifest.Acknowledgement ack = m.sync().acknowledgements().get(store.nodeId());
                if (result.acknowledgedPosition() > before) {
                    out.println(shownSender + " acknowledged our bundle " + ack.sequence() + " (" + ack.bundleId()
                            + "): our next export to it starts after change " + result.acknowledgedPosition());
                } else if (ack != null) {
                    out.println(shownSender + " acknowledged our bundle " + ack.sequence() + ", which moves nothing"
                            + " (already acknowledged, or not a bundle this picture sent)");
                } else {
                    out.println(shownSender + " acknowledged none of our bundles");
                }
                if (applied.proposalsRecorded() > 0) {
                    out.println(applied.proposalsRecorded() + " proposals recorded, nothing of them applied; they wait"
                            + " for a person: paxmap proposals list " + picture.picture);
                }
                int open = store.conflicts().size();
                if (applied.conflictsOpened() > 0) {
                    out.println(open + " conflicting versions wait for the analyst: paxmap conflicts list --picture "
                            + picture.picture);
                    return CONFLICTS;
                }
                if (applied.proposalsRecorded() > 0) {
                    return CONFLICTS;
                }
            }
            return 0;
        }

        private static String refusals(ImportPreview preview) {
            StringBuilder text = new StringBuilder();
            preview.plan().refusals().forEach(f -> text.append(text.length() == 0 ? "" : "; ")
                    .append(BundleReport.feature(f.incoming()))
                    .append(' ')
                    .append(f.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(visible(f.reason())));
            return text.toString();
        }
    }
}
