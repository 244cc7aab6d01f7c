package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.paxmap.cli.CliRun.ok;
import static org.paxmap.cli.CliRun.run;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.model.Feature;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;
import org.paxmap.testing.PlotFeatures;
import org.paxmap.text.OutsideText;

/**
 * Text from a bundle cannot drive the operator's terminal: a partner's bundle whose feature names, sender name and
 * sender organisation carry carriage returns, ANSI erase-line and conceal sequences, C1 controls, bidi overrides and a
 * line feed followed by a fake "imported" line, and a bundle signed by an unknown key whose key id carries the same,
 * are run through every command that prints them ({@code bundle verify/inspect/import}, {@code query}, {@code
 * provenance}, {@code conflicts list}, {@code partners list}). No output holds a hidden character other than the
 * commands' own line breaks and tabs, no line is forged, and the hostile text is shown with its escapes.
 */
@Tag("slow")
class HostileTextTest {
    /** Everything a hostile string can do to a terminal, and a fake success line after a line feed. */
    static final String HOSTILE = "Minefield\r\u001b[2K\u001b[8m\u009b1A\u0085\u202Ecba\u2066\u200F\u007F\u0000"
            + "\nimported bundle FAKE from FRA-HQ: 15 features written";

    @TempDir
    Path dir;

    CliNodes nodes;

    @BeforeEach
    void twoNodesThatTrustEachOther() throws Exception {
        nodes = CliNodes.create(dir, false);
    }

    /** Asserts that {@code text} holds no hidden code point except line feeds and tabs, and no forged line. */
    private static void harmless(String what, String text) {
        text.codePoints().filter(cp -> cp != '\n' && cp != '\t').forEach(cp -> assertThat(OutsideText.isHidden(cp))
                .as(what + " holds U+%04X: %s", cp, text)
                .isFalse());
        assertThat(text.lines())
                .as(what)
                .noneMatch(line -> line.startsWith("imported bundle FAKE"))
                .noneMatch(line -> line.contains("cba") && !line.contains("\\u{202E}cba"));
    }

    private static void harmless(String what, CliRun r) {
        harmless(what + " (stdout)", r.out());
        harmless(what + " (stderr)", r.err());
    }

    @Test
    void hostileNamesAndSenderTextAreShownEscapedByEveryCommand() throws Exception {
        UUID incident;
        try (PictureStore store = PictureStore.open(nodes.fra())) {
            ReleaseLabel open = ReleaseLabel.exercise("ITA");
            incident = store.saveAll(List.of(PlotFeatures.incident("FRA-HQ", HOSTILE, open)))
                    .get(0)
                    .id();
            store.saveAll(List.of(PlotFeatures.zone("FRA-HQ", HOSTILE, open)));
        }
        Path genuine = nodes.export(nodes.fra(), "ITA-BN");
        Path hostile = resigned(genuine, m -> m.sender().kid(), CliNodes.key(nodes.fra()), "hostile.paxb");

        CliRun verify = ok(
                "bundle", "verify", hostile.toString(), "--picture", nodes.ita().toString());
        harmless("verify", verify);
        CliRun inspect = ok(
                "bundle",
                "inspect",
                hostile.toString(),
                "--picture",
                nodes.ita().toString());
        harmless("inspect", inspect);
        assertThat(inspect.out())
                .contains("sender:       FRA-HQ (Minefield\\u{D}\\u{1B}[2K\\u{1B}[8m\\u{9B}1A\\u{85}\\u{202E}cba")
                .contains("\\u{A}imported bundle FAKE from FRA-HQ");
        CliRun imported = ok(
                "bundle", "import", hostile.toString(), "--picture", nodes.ita().toString());
        harmless("import", imported);
        assertThat(imported.out()).contains("2 features written");

        harmless("query", ok("query", nodes.ita().toString()));
        harmless(
                "provenance",
                ok("provenance", incident.toString(), "--picture", nodes.ita().toString()));
        harmless("conflicts", ok("conflicts", "list", "--picture", nodes.ita().toString()));
        harmless("partners", ok("partners", "list", nodes.ita().toString()));
        try (PictureStore store = PictureStore.open(nodes.ita())) {
            Feature f = store.find(incident).orElseThrow();
            assertEquals(HOSTILE, f.name(), "the data is kept as it came; only its display is escaped");
        }
    }

    @Test
    void anUnknownKeyIdAndSenderOrganisationInARefusalAreShownEscaped() throws Exception {
        PrivateKey stranger =
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        Path file =
                resigned(nodes.export(nodes.fra(), "ITA-BN"), m -> "k\r\u001b[2Kid\u202E", stranger, "stranger.paxb");

        String before = StoreChecksum.of(nodes.ita());
        for (String command : List.of("verify", "inspect", "import")) {
            CliRun r = run(
                    "bundle", command, file.toString(), "--picture", nodes.ita().toString());
            assertThat(r.exit()).as(command).isEqualTo(1);
            harmless(command, r);
            assertThat(r.err().strip())
                    .startsWith("paxmap: stranger.paxb: ")
                    .contains("key k\\u{D}\\u{1B}[2Kid\\u{202E} is not in the trust list")
                    .doesNotContain("\n");
        }
        try (PictureStore store = PictureStore.open(nodes.ita())) {
            BundleImport importer = new BundleImport(store);
            BundleException e = assertThrows(BundleException.class, () -> importer.preview(file));
            assertEquals(BundleRefusal.SIGNER_UNKNOWN, e.kind());
            harmless("BundleImport's message", e.getMessage());
        }
        assertEquals(before, StoreChecksum.of(nodes.ita()), "nothing was written");
    }

    /**
     * {@code genuine} with the manifest's sender name and organisation hostile and its key id {@code kid} of the
     * genuine manifest, signed by {@code key} under that key id.
     */
    private Path resigned(Path genuine, Function<Manifest, String> kid, PrivateKey key, String name) throws Exception {
        HostileBundle b = HostileBundle.of(genuine);
        Manifest m = b.manifest();
        String keyId = kid.apply(m);
        Manifest hostile =
                HostileBundle.sender(m, new Manifest.Sender(m.sender().nodeId(), HOSTILE, HOSTILE, keyId));
        b.signManifest(hostile.canonicalBytes(), keyId, key);
        return b.write(dir.resolve(name));
    }
}
