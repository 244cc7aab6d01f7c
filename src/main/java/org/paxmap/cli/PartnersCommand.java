package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.TrustList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap partners}: the partners whose bundles this picture accepts and to whom it releases data. */
@Command(
        name = "partners",
        description = "The partner nodes this picture trusts.",
        subcommands = {
            PartnersCommand.Add.class,
            PartnersCommand.ListPartners.class,
            PartnersCommand.Suspend.class,
            PartnersCommand.Activate.class,
            PartnersCommand.Remove.class,
            PartnersCommand.AllowEdits.class,
            PartnersCommand.ShowFingerprint.class
        })
final class PartnersCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: add, list, suspend, activate, remove or allow-edits");
    }

    static void print(PrintWriter out, Partner p, boolean mayEdit) {
        out.println(visible(p.nodeId()) + "\t" + p.status().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                + visible(p.identity().organisation()) + "\t"
                + visible(p.identity().name()));
        out.println("  thumbprint:  " + visible(p.kid()));
        out.println("  fingerprint: " + p.identity().fingerprint().digits());
        out.println("  verified by: " + visible(p.verifiedBy()) + " at " + p.verifiedAt());
        List<String> channels = new ArrayList<>();
        p.channels().forEach((policy, classification) -> channels.add(policy + "=" + classification));
        out.println("  channel:     " + (channels.isEmpty() ? "(nothing)" : visible(String.join(", ", channels))));
        out.println("  holds:       " + visible(String.join(", ", p.heldCodes())));
        out.println("  may edit our features: "
                + (mayEdit ? "yes (its edits apply directly)" : "no (its edits are proposals)"));
    }

    @Command(
            name = "add",
            description = "Add a partner from its public key file, after comparing its fingerprint out of band.")
    static final class Add implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Parameters(index = "1", paramLabel = "KEYFILE", description = "the partner's .paxkey file")
        Path keyFile;

        @Option(
                names = "--verified-by",
                required = true,
                paramLabel = "NAME",
                description = "who compared the fingerprint with the partner")
        String verifiedBy;

        @Option(
                names = "--fingerprint",
                required = true,
                paramLabel = "DIGITS",
                description = "the fingerprint as the partner read it out to you (at least its first two groups of"
                        + " five digits, or all twelve), checked against the key file before anything is trusted;"
                        + " 'paxmap partners fingerprint KEYFILE' shows the key file's")
        String fingerprint;

        @Option(
                names = "--channel",
                paramLabel = "POLICY=CLASSIFICATION",
                description = "the highest classification the channel to the partner may carry under POLICY"
                        + " (repeatable), e.g. NATO=\"NATO RESTRICTED\"")
        Map<String, String> channels = new LinkedHashMap<>();

        @Option(
                names = "--holds",
                split = ",",
                paramLabel = "CODE",
                description = "releasability codes the partner holds besides its organisation, e.g. NATO,UN")
        List<String> holds = new ArrayList<>();

        @Option(
                names = "--allow-test-keys",
                description =
                        "trust a key marked TEST ONLY (published passphrase) in a picture not created as a" + " sample")
        boolean allowTestKeys;

        @Override
        public Integer call() throws Exception {
            Partner p = KeysCommand.withStore(spec, picture, store -> {
                NodeIdentity key = PublicKeyFile.read(keyFile);
                if (!key.fingerprint().confirmedBy(fingerprint)) {
                    throw new CommandFailure("the fingerprint digits given are not the first groups of the"
                            + " fingerprint of " + keyFile + " (node " + visible(key.nodeId()) + "); nothing was"
                            + " trusted. Compare again with the partner, by voice, before adding it");
                }
                return new TrustList(store).add(key, verifiedBy, Instant.now(), channels, holds, allowTestKeys);
            });
            spec.commandLine().getOut().println("added partner " + visible(p.nodeId()));
            print(spec.commandLine().getOut(), p, false);
            return 0;
        }
    }

    @Command(
            name = "fingerprint",
            description =
                    "Show a public key file's node and fingerprint, to compare with the partner before adding it.")
    static final class ShowFingerprint implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEYFILE", description = "the partner's .paxkey file")
        Path keyFile;

        @Override
        public Integer call() throws Exception {
            NodeIdentity key;
            try {
                key = PublicKeyFile.read(keyFile);
            } catch (org.paxmap.bundle.trust.TrustException e) {
                throw new CommandFailure(e.getMessage());
            }
            KeysCommand.show(spec.commandLine().getOut(), key);
            spec.commandLine()
                    .getOut()
                    .println("compare these digits with the partner by voice, then: paxmap partners add PICTURE "
                            + keyFile + " --fingerprint \"<the first two groups or more>\" --verified-by NAME");
            return 0;
        }
    }

    @Command(name = "list", description = "List the partners.")
    static final class ListPartners implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Override
        public Integer call() throws Exception {
            java.util.Set<String> mayEdit = new java.util.HashSet<>();
            List<Partner> partners = KeysCommand.withStore(spec, picture, store -> {
                TrustList trust = new TrustList(store);
                for (Partner p : trust.partners()) {
                    if (trust.mayEdit(p.nodeId())) {
                        mayEdit.add(p.nodeId());
                    }
                }
                return trust.partners();
            });
            if (partners.isEmpty()) {
                spec.commandLine().getOut().println("no partners");
            }
            partners.forEach(p -> print(spec.commandLine().getOut(), p, mayEdit.contains(p.nodeId())));
            return 0;
        }
    }

    /** A change of one partner's standing: the picture, the partner's node id, and what is done to it. */
    abstract static class PartnerChange implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Parameters(index = "1", paramLabel = "NODE", description = "the partner's node id")
        String node;

        /** Changes the partner in the trust list. */
        abstract void change(TrustList trust) throws Exception;

        /** The past participle for the confirmation, e.g. "suspended". */
        abstract String done();

        @Override
        public Integer call() throws Exception {
            KeysCommand.withStore(spec, picture, store -> {
                change(new TrustList(store));
                return null;
            });
            spec.commandLine().getOut().println(done() + " partner " + node);
            return 0;
        }
    }

    @Command(name = "suspend", description = "Suspend a partner: its bundles are refused, nothing is released to it.")
    static final class Suspend extends PartnerChange {
        @Override
        void change(TrustList trust) throws Exception {
            trust.suspend(node);
        }

        @Override
        String done() {
            return "suspended";
        }
    }

    @Command(name = "activate", description = "Make a suspended partner active again.")
    static final class Activate extends PartnerChange {
        @Override
        void change(TrustList trust) throws Exception {
            trust.activate(node);
        }

        @Override
        String done() {
            return "activated";
        }
    }

    @Command(name = "remove", description = "Remove a partner.")
    static final class Remove extends PartnerChange {
        @Override
        void change(TrustList trust) throws Exception {
            trust.remove(node);
        }

        @Override
        String done() {
            return "removed";
        }
    }

    @Command(
            name = "allow-edits",
            description = "Whether a partner may edit our features directly (on: its edits apply as they come, for two"
                    + " nodes of one team) or only propose edits for a person to accept (off, the default). A forged"
                    + " version counter is refused either way, and a threat zone's deletion is always a proposal.")
    static final class AllowEdits extends PartnerChange {
        @Parameters(index = "2", paramLabel = "on|off", description = "on or off")
        String setting;

        @Override
        void change(TrustList trust) throws Exception {
            if (!setting.equalsIgnoreCase("on") && !setting.equalsIgnoreCase("off")) {
                throw new CommandFailure("allow-edits takes on or off, not '" + visible(setting) + "'");
            }
            trust.allowEdits(node, setting.equalsIgnoreCase("on"));
        }

        @Override
        String done() {
            return setting.equalsIgnoreCase("on") ? "direct edits of our features allowed to" : "only proposals from";
        }
    }
}
