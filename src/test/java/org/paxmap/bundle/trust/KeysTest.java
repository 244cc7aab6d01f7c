package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys as partners see them: RFC 8037 JWKs, RFC 7638 thumbprints, fingerprints, and the private key at rest. */
class KeysTest {
    // RFC 8037 Appendix A.1/A.2 (the RFC 8032 test 1 key).
    static final String RFC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    static final String RFC_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";

    @Test
    void theRfc8037KeyHasTheRfcThumbprintAndConvertsToAndFromTheJdk() {
        PublicKeyJwk jwk = new PublicKeyJwk(RFC_X);
        assertThat(jwk.thumbprint()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        assertThat(PublicKeyJwk.of(jwk.toPublicKey())).isEqualTo(jwk);
        assertThat(jwk.toJson().toString()).isEqualTo("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + RFC_X + "\"}");
    }

    @Test
    void theRfc8037SignatureVerifiesWithTheJdkAndTheJdkSignsTheSameBytes() throws Exception {
        // RFC 8037 A.4: JWS over "Example of Ed25519 signing" with header {"alg":"EdDSA"}.
        byte[] input = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Base64.getUrlDecoder()
                .decode("hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg");
        assertThat(new String(
                        Base64.getUrlDecoder().decode("RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"), StandardCharsets.UTF_8))
                .isEqualTo("Example of Ed25519 signing");
        var publicKey = new PublicKeyJwk(RFC_X).toPublicKey();
        assertThat(NodeKeys.verify(publicKey, input, signature)).isTrue();

        byte[] tampered = input.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThat(NodeKeys.verify(publicKey, tampered, signature)).isFalse();

        byte[] pkcs8 = concat(
                HexFormat.of().parseHex("302e020100300506032b657004220420"),
                Base64.getUrlDecoder().decode(RFC_D));
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        assertThat(NodeKeys.sign(privateKey, input)).isEqualTo(signature); // Ed25519 is deterministic
        assertThat(NodeKeys.matches(privateKey, publicKey)).isTrue();
    }

    @Test
    void theFingerprintIsTwelveGroupsOfFiveDigitsDerivedAsDocumented() throws Exception {
        Fingerprint fingerprint = new PublicKeyJwk(RFC_X).fingerprint();
        assertThat(fingerprint.base64url()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        assertThat(fingerprint.groups()).hasSize(12).allMatch(g -> g.matches("\\d{5}"));

        // The documented derivation, done independently with BigInteger.
        MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
        sha512.update("paxmap-fingerprint/1".getBytes(StandardCharsets.US_ASCII));
        sha512.update(new byte[] {0});
        byte[] h = sha512.digest(Base64.getUrlDecoder().decode(fingerprint.base64url()));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] chunk = java.util.Arrays.copyOfRange(h, 5 * i, 5 * i + 5);
            expected.add(String.format("%05d", new BigInteger(1, chunk).mod(BigInteger.valueOf(100_000))));
        }
        assertThat(fingerprint.groups()).isEqualTo(expected);
        assertThat(fingerprint.digits()).isEqualTo(String.join(" ", expected));
        assertThat(fingerprint.digits()).isEqualTo(PINNED_RFC_FINGERPRINT);
        assertThat(fingerprint.digitsInLines().lines()).hasSize(3);

        KeyPair other = NodeKeys.generate();
        assertThat(PublicKeyJwk.of(other.getPublic()).fingerprint().digits()).isNotEqualTo(fingerprint.digits());
    }

    /** Pinned so that a change of derivation cannot pass unnoticed: partners compare these digits. */
    static final String PINNED_RFC_FINGERPRINT =
            "90602 77134 25649 76594 96694 42986 17347 85159 66683 59625 66481 74990"; // also computed with Python
    // hashlib

    @Test
    void aJwkThatIsNotThirtyTwoCanonicalBase64urlBytesIsRefused() {
        assertThatThrownBy(() -> new PublicKeyJwk(RFC_X + "="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base64url");
        assertThatThrownBy(() -> new PublicKeyJwk(RFC_X.substring(0, 40))).hasMessageContaining("bytes");
        assertThatThrownBy(() -> new PublicKeyJwk("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"))
                .hasMessageContaining("base64url");
        // Same bytes, last character with non-zero unused bits: not the canonical spelling.
        assertThatThrownBy(() -> new PublicKeyJwk(RFC_X.substring(0, 42) + "p")).hasMessageContaining("canonical");
    }

    @Test
    void thePrivateKeyRoundTripsUnderItsPassphraseAndTheWrongOneGivesAClearMessage() throws Exception {
        KeyPair pair = NodeKeys.generate();
        String kid = PublicKeyJwk.of(pair.getPublic()).thumbprint();
        char[] passphrase = "correct horse battery".toCharArray();
        EncryptedPrivateKey sealed = EncryptedPrivateKey.encrypt(pair.getPrivate(), passphrase, "FRA-HQ", kid, 100_000);

        String json = sealed.toJson();
        assertThat(json)
                .contains("\"format\":\"paxmap-private-key/1\"")
                .contains("\"kdf\":\"PBKDF2WithHmacSHA256\"")
                .contains("\"cipher\":\"AES-256-GCM\"")
                .contains("\"iterations\":100000");
        EncryptedPrivateKey read = EncryptedPrivateKey.fromJson(json, "key.json");
        assertThat(read).isEqualTo(sealed);
        assertThat(read.salt()).hasSize(16);
        assertThat(read.nonce()).hasSize(12);
        PrivateKey back = read.decrypt(passphrase, "FRA-HQ", kid);
        assertThat(back.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());

        assertThatThrownBy(() -> read.decrypt("wrong horse battery".toCharArray(), "FRA-HQ", kid))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageStartingWith("wrong passphrase for the key of node FRA-HQ");
        // The node id and thumbprint are associated data: the right passphrase on another node's record fails too.
        assertThatThrownBy(() -> read.decrypt(passphrase, "ITA-HQ", kid)).isInstanceOf(WrongPassphraseException.class);
        String otherKid = PublicKeyJwk.of(NodeKeys.generate().getPublic()).thumbprint();
        assertThatThrownBy(() -> read.decrypt(passphrase, "FRA-HQ", otherKid))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void theDefaultEncryptionUsesTheStrongIterationCount() throws Exception {
        assertThat(EncryptedPrivateKey.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        KeyPair pair = NodeKeys.generate();
        EncryptedPrivateKey sealed =
                EncryptedPrivateKey.encrypt(pair.getPrivate(), "a long passphrase".toCharArray(), "N", "kid");
        assertThat(sealed.iterations()).isEqualTo(EncryptedPrivateKey.DEFAULT_ITERATIONS);
        assertThat(sealed.toJson()).contains("\"iterations\":600000");
    }

    @Test
    void aDamagedEnvelopeIsRefusedNamingTheField() throws Exception {
        KeyPair pair = NodeKeys.generate();
        String json = EncryptedPrivateKey.encrypt(pair.getPrivate(), "p".toCharArray(), "N", "k", 10)
                .toJson();
        assertThatThrownBy(() ->
                        EncryptedPrivateKey.fromJson(json.replace("\"iterations\":10", "\"iterations\":-1"), "k.json"))
                .isInstanceOf(TrustException.class)
                .hasMessage("k.json: field 'iterations' must be a positive integer");
        assertThatThrownBy(() -> EncryptedPrivateKey.fromJson(json.replace("AES-256-GCM", "AES-128-CBC"), "k.json"))
                .hasMessageContaining("field 'cipher'");
        assertThatThrownBy(() -> EncryptedPrivateKey.fromJson(json + "x", "k.json"))
                .hasMessageStartingWith("k.json: not valid JSON");
        assertThatThrownBy(() -> EncryptedPrivateKey.fromJson(json.replace("{", "{\"extra\":1,"), "k.json"))
                .hasMessage("k.json: unknown field 'extra'");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
