package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent JOSE implementation (Nimbus JOSE+JWT with Tink's Ed25519) verifies the manifest signature of a real
 * bundle: the detached, unencoded (RFC 7797) Ed25519 JWS is standard, not only self-consistent.
 */
class NimbusInteropTest {
    @TempDir
    Path dir;

    @Test
    void nimbusVerifiesTheDetachedUnencodedEd25519SignatureOverTheManifestBytes() throws Exception {
        BundleFixture fixture = new BundleFixture();
        Bundle bundle = fixture.writeGood(dir);
        byte[] manifest = bundle.manifest().canonicalBytes();
        JsonNode jws = new ObjectMapper().readTree(entry(bundle, "META-INF/manifest.jws"));
        JsonNode signature = jws.get("signatures").get(0);

        JWSObject object = new JWSObject(
                new Base64URL(signature.get("protected").textValue()),
                new Payload(manifest),
                new Base64URL(signature.get("signature").textValue()));
        OctetKeyPair key =
                new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw(fixture.keys.getPublic()))).build();

        assertEquals(JWSAlgorithm.Ed25519, object.getHeader().getAlgorithm());
        assertFalse(object.getHeader().isBase64URLEncodePayload(), "b64 false");
        assertEquals(BundleFixture.KID, object.getHeader().getKeyID());
        assertTrue(object.verify(new Ed25519Verifier(key)), "Nimbus verifies our signature");

        byte[] altered = manifest.clone();
        altered[altered.length - 2] ^= 1;
        JWSObject tampered = new JWSObject(
                new Base64URL(signature.get("protected").textValue()),
                new Payload(altered),
                new Base64URL(signature.get("signature").textValue()));
        assertFalse(tampered.verify(new Ed25519Verifier(key)), "and refuses it over other bytes");
    }

    private static byte[] entry(Bundle bundle, String name) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.file().toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    /** The 32 raw key bytes: the X.509 SubjectPublicKeyInfo of an Ed25519 key is a 12-byte prefix and the key. */
    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        assertEquals(44, encoded.length);
        return Arrays.copyOfRange(encoded, 12, 44);
    }
}
