package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootAuthority;
import org.paxmap.bundle.trust.RootKeyFile;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.TemporaryKeyStore;

/**
 * The window does what {@code paxmap roots trust}, {@code keys certificate} and {@code roots revocations} do: in the
 * real window, Partners… ▸ National roots… ▸ Trust a national root… refuses a file that is no root key, then shows the
 * French root's fingerprint and trusts it only once all twelve groups are typed back (a wrong group, then a partial
 * fingerprint, refused first); This node… ▸ Root certificate… refuses a file that is no certificate and an altered
 * certificate, then takes the node's own; the roots dialog takes in the root's revocation list. After each refusal the
 * picture is as it was and the app runs on; at the end the store holds the root, the certificate and the list.
 */
@Tag("slow")
class RootTrustStoryTest {
    @TempDir
    Path dir;

    private final WindowDriver window = new WindowDriver();

    @Test
    void theWindowTrustsARootOnItsWholeFingerprintAndTakesItsCertificateAndRevocations() throws Exception {
        try (TemporaryKeyStore keys = new TemporaryKeyStore(dir.resolve("keys"))) {
            Path picture = dir.resolve("fra.gpkg");
            char[] pass = TestNode.PASSPHRASE.toCharArray();
            Path rootFile = dir.resolve("fra-root.key");
            NodeIdentity root = TestKeys.root(rootFile, "FRA", "French national root", pass);
            Path rootPublic = dir.resolve("fra.paxroot");
            Files.writeString(rootPublic, RootKeyFile.publicJson(root), StandardCharsets.UTF_8);
            NodeIdentity battalion;
            try (TestNode bn = TestNode.withKey(dir.resolve("bn.gpkg"), "FRA-BN", "French battalion", "FRA")) {
                battalion = bn.identity;
            }
            Path certificate = dir.resolve("fra-hq.paxcert");
            try (TestNode hq = TestNode.withKey(picture, "FRA-HQ", "French HQ", "FRA")) {
                NodeCertificate c = RootAuthority.certify(
                        rootFile,
                        pass,
                        hq.identity,
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(180)));
                OwnCertificates.writeFile(certificate, List.of(c.compact()));
            }
            Path altered = dir.resolve("altered.paxcert");
            Files.writeString(altered, alteredSignature(Files.readString(certificate)), StandardCharsets.UTF_8);
            Path revocations = dir.resolve("fra-revocations.paxcert");
            RootAuthority.revoke(
                    rootFile, pass, battalion.kid(), "FRA-BN", Instant.parse("2026-11-30T00:00:00Z"), revocations);

            Application app = WindowDriver.start(picture);
            try {
                trustTheRoot(root, certificate, rootPublic, picture);
                takeTheCertificate(certificate, altered, rootPublic, picture);
                takeTheRevocations(revocations, root);
            } finally {
                WindowDriver.stop(app);
            }
            try (PictureStore store = PictureStore.open(picture)) {
                List<TrustedRoot> roots = TrustedRoots.list(store);
                assertEquals(1, roots.size());
                assertEquals(root.kid(), roots.get(0).kid());
                assertEquals("Cdt. Durand", roots.get(0).verifiedBy());
                assertEquals(
                        List.of(Files.readString(certificate).trim().replaceAll("^\\[\"|\"]$", "")),
                        OwnCertificates.carried(store).subList(0, 1),
                        "the certificate travels in the next bundles");
                assertEquals(
                        Instant.parse("2026-11-30T00:00:00Z"),
                        TrustedRoots.revocations(store, roots.get(0))
                                .orElseThrow()
                                .revoked(battalion.kid())
                                .orElseThrow());
            }
        }
    }

    private void trustTheRoot(NodeIdentity root, Path notARoot, Path rootPublic, Path picture) throws Exception {
        window.menu("itemPartners");
        window.waitFor("the partners dialog", () -> window.find("#partnersDialog") != null);
        window.click("#partnersRoots");
        window.waitFor("the roots dialog", () -> window.find("#rootsDialog") != null);
        window.click("#rootsTrust");
        window.waitFor("the trust dialog", () -> window.find("#trustRootDialog") != null);

        window.type("#rootKeyFile", notARoot.toString());
        window.click("#rootRead");
        window.waitFor("the refusal", () -> !window.text("#rootReadStatus").isEmpty());
        assertTrue(window.text("#rootReadStatus").contains(notARoot.toString()), window.text("#rootReadStatus"));
        assertEquals("", window.alerts(), "said in the dialog, not in an alert");
        window.snapshot("#rootReadStatus", "9a-trust-root-wrong-file");

        window.type("#rootKeyFile", rootPublic.toString());
        window.click("#rootRead");
        window.waitFor(
                "the root's fingerprint", () -> !window.text("#rootDigits").isEmpty());
        assertEquals(root.fingerprint().digitsInLines(), window.text("#rootDigits"));
        assertTrue(window.text("#rootWho").startsWith("French national root — node FRA-ROOT, FRA"));
        List<String> groups = root.fingerprint().groups();
        String wrong = groups.get(2).substring(0, 4) + (groups.get(2).charAt(4) == '0' ? "1" : "0");
        window.type("#rootTypedFingerprint", groups.get(0) + " " + groups.get(1) + " " + wrong);
        window.type("#rootVerifiedBy", "Cdt. Durand");
        assertTrue(
                window.text("#rootProblem").startsWith("Group 3 does not match: you typed " + wrong),
                window.text("#rootProblem"));
        assertTrue(window.disabled("#rootAdd"), "a wrong group is refused");
        window.snapshot("#rootProblem", "9b-trust-root-wrong-group");
        window.type("#rootTypedFingerprint", String.join(" ", groups.subList(0, 11)));
        assertEquals(
                "Type all 12 groups as the root's holder reads them out (11 of 12 typed).",
                window.text("#rootProblem"));
        assertTrue(window.disabled("#rootAdd"), "eleven groups are not the whole fingerprint");
        try (PictureStore store = PictureStore.open(picture)) {
            assertTrue(TrustedRoots.list(store).isEmpty(), "nothing trusted yet");
        }

        window.type("#rootTypedFingerprint", root.fingerprint().digits());
        assertEquals("", window.text("#rootProblem"));
        window.snapshot("#rootAdd", "9c-trust-root");
        window.click("#rootAdd");
        @SuppressWarnings("unchecked")
        TableView<Object> table = window.robot.lookup("#rootsTable").queryAs(TableView.class);
        window.waitFor("the root in the table", () -> table.getItems().size() == 1);
        assertTrue(window.text("#rootsStatus").startsWith("Trusted the FRA root "), window.text("#rootsStatus"));
    }

    private void takeTheCertificate(Path certificate, Path altered, Path notACertificate, Path picture)
            throws Exception {
        window.closeWindowOf("#rootsTable");
        window.closeWindowOf("#partnersTable");
        window.menu("itemThisNode");
        window.waitFor("the identity dialog", () -> window.find("#identityCertificate") != null);
        window.click("#identityCertificate");
        window.waitFor("the certificate form", () -> window.find("#certificateFile") != null);

        window.type("#certificateFile", notACertificate.toString());
        window.click("#certificateTake");
        window.waitFor("the refusal", () -> window.text("#certificateStatus").startsWith(notACertificate + ":"));
        assertTrue(window.text("#certificateStatus").contains("expected a JSON array of signed certificates"));
        window.type("#certificateFile", altered.toString());
        window.click("#certificateTake");
        window.waitFor("the refusal", () -> window.text("#certificateStatus").contains("does not verify"));
        assertTrue(
                window.text("#certificateStatus")
                        .startsWith(altered + ": the certificate does not verify with the FRA root "),
                window.text("#certificateStatus"));
        assertEquals("", window.alerts(), "said in the form, not in an alert");
        window.snapshot("#certificateStatus", "9d-certificate-altered");
        try (PictureStore store = PictureStore.open(picture)) {
            assertTrue(OwnCertificates.carried(store).isEmpty(), "nothing taken yet");
        }

        window.type("#certificateFile", certificate.toString());
        window.click("#certificateTake");
        window.waitFor(
                "the certificate", () -> window.text("#certificateStatus").startsWith("The certificate says"));
        assertTrue(
                window.text("#certificateStatus")
                        .contains("(checked against that root, which this picture trusts); the next bundles carry it."),
                window.text("#certificateStatus"));
        window.snapshot("#certificateStatus", "9e-certificate-taken");
        window.click("#certificateBack");
        window.waitFor("the node's page", () -> window.find("#identityDigits") != null);
        window.closeWindowOf("#identityDigits");
    }

    private void takeTheRevocations(Path revocations, NodeIdentity root) {
        window.menu("itemPartners");
        window.waitFor("the partners dialog", () -> window.find("#partnersDialog") != null);
        window.click("#partnersRoots");
        window.waitFor("the roots dialog", () -> window.find("#rootsDialog") != null);
        window.type("#revocationsFile", revocations.toString());
        window.click("#revocationsTake");
        window.waitFor("the list", () -> window.text("#revocationsStatus").startsWith("Recorded"));
        assertEquals(
                "Recorded revocation list 1 of the FRA root " + RootAuthority.shortFingerprint(root)
                        + "; carried in the next bundles.",
                window.text("#revocationsStatus"));
        window.waitFor("the list in the table", () -> window.robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> "list 1, 1 node key(s)".equals(((javafx.scene.control.Labeled) c).getText())));
        window.snapshot("#rootsTable", "9f-roots");
    }

    /** The certificate file with one character of its signature changed: what an altered certificate looks like. */
    private static String alteredSignature(String file) {
        int end = file.lastIndexOf('"');
        int at = end - 10;
        char c = file.charAt(at);
        return file.substring(0, at) + (c == 'A' ? 'B' : 'A') + file.substring(at + 1);
    }
}
