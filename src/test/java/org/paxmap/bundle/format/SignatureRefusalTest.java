package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paxmap.model.Layer;

/** Brief §3: the JWS shape, header, algorithm and key are checked exactly; anything else refuses the bundle. */
class SignatureRefusalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();
    Map<Layer, byte[]> files;
    byte[] manifest;

    @BeforeEach
    void goodParts() throws Exception {
        files = Map.of(Layer.ZONES, BundleFixture.geojson(List.of()));
        manifest = fixture.manifest(files, Map.of()).canonicalBytes();
    }

    private Path bundle(byte[] jws) throws Exception {
        return bundle(manifest, jws);
    }

    private Path bundle(byte[] manifestBytes, byte[] jws) throws Exception {
        return RawZip.of(BundleFixture.entries(manifestBytes, jws, files)).write(dir.resolve("signed.paxb"));
    }

    /** A JWS with {@code header} (raw JSON) signed over the manifest with {@code keys}' private key. */
    private byte[] jws(String header, KeyPair keys) throws Exception {
        String h = b64(header.getBytes(StandardCharsets.UTF_8));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(keys.getPrivate());
        ed.update((h + ".").getBytes(StandardCharsets.US_ASCII));
        ed.update(manifest);
        return ("{\"signatures\":[{\"protected\":\"" + h + "\",\"signature\":\"" + b64(ed.sign()) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String header(String alg, String extra) {
        return "{\"alg\":\"" + alg + "\",\"kid\":\"" + BundleFixture.KID
                + "\",\"typ\":\"paxmap-manifest+jws\",\"b64\":false,\"crit\":[\"b64\"]" + extra + "}";
    }

    @Test
    void theSignatureWrittenByManifestSignatureVerifies() throws Exception {
        Bundle b = new BundleReader(fixture.trust).read(bundle(fixture.sign(manifest)));
        assertEquals(BundleFixture.SENDER_NODE, b.signer().nodeId());
    }

    @Test
    void aHandBuiltHeaderOfTheExactShapeVerifiesSoTheRefusalsBelowAreAboutTheirOneChange() throws Exception {
        new BundleReader(fixture.trust).read(bundle(jws(header("Ed25519", ""), fixture.keys)));
    }

    @Test
    void theSignatureIsCheckedBeforeTheManifestIsParsed() throws Exception {
        byte[] notJson = "{\"format\": not json at all".getBytes(StandardCharsets.UTF_8);
        Refused.by(
                BundleRefusal.SIGNER_UNKNOWN,
                bundle(notJson, fixture.sign(notJson)),
                kid -> Optional.empty(),
                "is not in the trust list");
        manifest = notJson;
        Refused.by(
                BundleRefusal.SIGNATURE_INVALID,
                bundle(notJson, jws(header("Ed25519", ""), BundleFixture.generate())),
                fixture.trust,
                "does not verify");
        Refused.by(BundleRefusal.MANIFEST_MALFORMED, bundle(notJson, fixture.sign(notJson)), fixture.trust);
    }

    @Test
    void theManifestSenderMustBeTheNodeOfTheKeyThatSigned() throws Exception {
        SignerKeys otherNode =
                kid -> fixture.trust.byKid(kid).map(s -> new TrustedSigner("DEU-BDE", s.kid(), s.publicKey()));
        Refused.by(
                BundleRefusal.SIGNER_NOT_SENDER,
                bundle(fixture.sign(manifest)),
                otherNode,
                "belongs to node DEU-BDE, not to the sender " + BundleFixture.SENDER_NODE);
    }

    @ParameterizedTest
    @CsvSource({"none", "HS256", "ES256", "EdDSA", "RS256", "ed25519"})
    void algorithmsOtherThanEd25519(String alg) throws Exception {
        Refused.by(
                BundleRefusal.SIGNATURE_ALGORITHM,
                bundle(jws(header(alg, ""), fixture.keys)),
                fixture.trust,
                "META-INF/manifest.jws",
                "alg",
                alg);
    }

    @Test
    void unknownHeaderMember() throws Exception {
        Refused.by(
                BundleRefusal.SIGNATURE_HEADER,
                bundle(jws(header("Ed25519", ",\"x5u\":\"file:///etc/passwd\""), fixture.keys)),
                fixture.trust,
                "x5u",
                "unknown header parameter");
    }

    @Test
    void wrongTyp() throws Exception {
        String h = header("Ed25519", "").replace("paxmap-manifest+jws", "JWT");
        Refused.by(BundleRefusal.SIGNATURE_HEADER, bundle(jws(h, fixture.keys)), fixture.trust, "typ", "JWT");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"[\"b64\",\"exp\"]", "[]", "\"b64\"", "[\"B64\"]"})
    void critOtherThanB64(String crit) throws Exception {
        String h = header("Ed25519", "").replace("[\"b64\"]", crit);
        Refused.by(BundleRefusal.SIGNATURE_HEADER, bundle(jws(h, fixture.keys)), fixture.trust, "crit");
    }

    @Test
    void b64True() throws Exception {
        String h = header("Ed25519", "").replace("\"b64\":false", "\"b64\":true");
        Refused.by(BundleRefusal.SIGNATURE_HEADER, bundle(jws(h, fixture.keys)), fixture.trust, "b64", "false");
    }

    @Test
    void b64Missing() throws Exception {
        String h = header("Ed25519", "").replace("\"b64\":false,", "");
        Refused.by(BundleRefusal.SIGNATURE_HEADER, bundle(jws(h, fixture.keys)), fixture.trust, "b64", "missing");
    }

    @Test
    void unprotectedHeader() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture.sign(manifest));
        ((ObjectNode) root.get("signatures").get(0)).putObject("header").put("kid", "other");
        Refused.by(
                BundleRefusal.SIGNATURE_UNPROTECTED_HEADER,
                bundle(JSON.writeValueAsBytes(root)),
                fixture.trust,
                "signatures[0].header");
    }

    @Test
    void payloadPresent() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture.sign(manifest));
        root.put("payload", b64(manifest));
        Refused.by(
                BundleRefusal.SIGNATURE_PAYLOAD_PRESENT,
                bundle(JSON.writeValueAsBytes(root)),
                fixture.trust,
                "payload");
    }

    @Test
    void twoSignatures() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture.sign(manifest));
        ArrayNode signatures = (ArrayNode) root.get("signatures");
        signatures.add(signatures.get(0).deepCopy());
        Refused.by(
                BundleRefusal.SIGNATURE_COUNT,
                bundle(JSON.writeValueAsBytes(root)),
                fixture.trust,
                "signatures",
                "exactly one");
    }

    @Test
    void flattenedSerialization() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture.sign(manifest));
        ObjectNode flat = (ObjectNode) root.get("signatures").get(0).deepCopy();
        Refused.by(BundleRefusal.SIGNATURE_MALFORMED, bundle(JSON.writeValueAsBytes(flat)), fixture.trust, "protected");
    }

    @Test
    void unknownKid() throws Exception {
        SignerKeys nobody = kid -> Optional.empty();
        Refused.by(
                BundleRefusal.SIGNER_UNKNOWN,
                bundle(fixture.sign(manifest)),
                nobody,
                "kid",
                BundleFixture.KID,
                "not in the trust list");
    }

    @Test
    void kidOfAnotherNode() throws Exception {
        SignerKeys wrongNode = kid -> Optional.of(new TrustedSigner("ITA-HQ", kid, fixture.keys.getPublic()));
        Refused.by(BundleRefusal.SIGNER_NOT_SENDER, bundle(fixture.sign(manifest)), wrongNode, "ITA-HQ", "FRA-HQ");
    }

    @Test
    void signedWithAnotherKeyThanTheTrustedOne() throws Exception {
        Refused.by(
                BundleRefusal.SIGNATURE_INVALID,
                bundle(jws(header("Ed25519", ""), BundleFixture.generate())),
                fixture.trust,
                "signatures[0].signature",
                "does not verify");
    }

    @Test
    void alteredManifest() throws Exception {
        byte[] jws = fixture.sign(manifest);
        Manifest other = Manifest.parse(manifest, "x");
        Manifest altered = new Manifest(
                other.format(),
                other.bundleId(),
                other.createdAt(),
                other.sender(),
                List.of("ITA-BN-2", "DEU-BN-1"),
                Map.of("ITA-BN-2", other.stream().get("ITA-BN-2"), "DEU-BN-1", new Manifest.StreamPosition(1, null)),
                other.sync(),
                other.label(),
                other.contents());
        Refused.by(
                BundleRefusal.SIGNATURE_INVALID,
                bundle(altered.canonicalBytes(), jws),
                fixture.trust,
                "META-INF/manifest.jws",
                "altered");
    }

    @Test
    void paddedBase64() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture.sign(manifest));
        ObjectNode sig = (ObjectNode) root.get("signatures").get(0);
        sig.put("signature", sig.get("signature").textValue() + "==");
        Refused.by(
                BundleRefusal.SIGNATURE_MALFORMED,
                bundle(JSON.writeValueAsBytes(root)),
                fixture.trust,
                "signatures[0].signature",
                "base64url");
    }
}
