package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Reading a key envelope: a weak PBKDF2 iteration count is refused, and passphrases are compared in Unicode NFC —
 * while a key encrypted before normalisation, under the passphrase exactly as typed, still opens.
 */
class KeyEnvelopeHardeningTest {
    /** "Sécurité" typed with a combining acute accent (e + U+0301): NFD, as some keyboards and systems produce. */
    private static final String DECOMPOSED = "Se\u0301curite\u0301 du secteur ouest";
    /** The same passphrase with precomposed é (U+00E9): NFC. */
    private static final String PRECOMPOSED = "S\u00e9curit\u00e9 du secteur ouest";

    @Test
    void anEnvelopeWithFewerIterationsThanTheLowerBoundIsRefusedNamingTheField() throws Exception {
        KeyPair pair = NodeKeys.generate();
        String kid = PublicKeyJwk.of(pair.getPublic()).thumbprint();
        String good = EncryptedPrivateKey.encrypt(
                        pair.getPrivate(), PRECOMPOSED.toCharArray(), "FRA-HQ", kid, EncryptedPrivateKey.MIN_ITERATIONS)
                .toJson();
        assertThat(EncryptedPrivateKey.fromJson(good, "fra.paxnode").iterations())
                .isEqualTo(EncryptedPrivateKey.MIN_ITERATIONS);
        String weak = good.replace(
                "\"iterations\":" + EncryptedPrivateKey.MIN_ITERATIONS,
                "\"iterations\":" + (EncryptedPrivateKey.MIN_ITERATIONS - 1));
        assertThat(weak).isNotEqualTo(good);
        assertThatThrownBy(() -> EncryptedPrivateKey.fromJson(weak, "fra.paxnode"))
                .isInstanceOf(TrustException.class)
                .hasMessage("fra.paxnode: field 'iterations' is 99999, fewer than the 100000 this program accepts"
                        + " (a key envelope this weak is refused)");
    }

    @Test
    void aPassphraseOpensItsKeyWhicheverWayItsAccentsWereTyped() throws Exception {
        KeyPair pair = NodeKeys.generate();
        String kid = PublicKeyJwk.of(pair.getPublic()).thumbprint();
        EncryptedPrivateKey sealed = EncryptedPrivateKey.encrypt(
                pair.getPrivate(), DECOMPOSED.toCharArray(), "FRA-HQ", kid, EncryptedPrivateKey.MIN_ITERATIONS);
        assertThat(DECOMPOSED).isNotEqualTo(PRECOMPOSED);
        PrivateKey back = sealed.decrypt(PRECOMPOSED.toCharArray(), "FRA-HQ", kid);
        assertThat(back.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(sealed.decrypt(DECOMPOSED.toCharArray(), "FRA-HQ", kid).getEncoded())
                .isEqualTo(pair.getPrivate().getEncoded());
        assertThatThrownBy(() -> sealed.decrypt("Securite du secteur ouest".toCharArray(), "FRA-HQ", kid))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aKeyEncryptedBeforeNormalisationUnderTheDecomposedPassphraseStillOpens() throws Exception {
        KeyPair pair = NodeKeys.generate();
        String kid = PublicKeyJwk.of(pair.getPublic()).thumbprint();
        EncryptedPrivateKey before = encryptedAsTyped(pair.getPrivate(), DECOMPOSED.toCharArray(), "FRA-HQ", kid);
        String json = before.toJson();
        EncryptedPrivateKey read = EncryptedPrivateKey.fromJson(json, "old.paxnode");
        assertThat(read.decrypt(DECOMPOSED.toCharArray(), "FRA-HQ", kid).getEncoded())
                .as("the passphrase exactly as it was typed when the key was made")
                .isEqualTo(pair.getPrivate().getEncoded());
        assertThatThrownBy(() -> read.decrypt("wrong passphrase, sure".toCharArray(), "FRA-HQ", kid))
                .isInstanceOf(WrongPassphraseException.class);
    }

    /**
     * An envelope as the code before normalisation wrote it — PBKDF2 over the passphrase's characters as typed —
     * built here independently of {@link EncryptedPrivateKey} from the documented format.
     */
    private static EncryptedPrivateKey encryptedAsTyped(PrivateKey key, char[] passphrase, String node, String kid)
            throws Exception {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        int iterations = EncryptedPrivateKey.MIN_ITERATIONS;
        byte[] aes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256))
                .getEncoded();
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aes, "AES"), new GCMParameterSpec(128, nonce));
        gcm.updateAAD(("paxmap-private-key/1\n" + node + "\n" + kid).getBytes(StandardCharsets.UTF_8));
        return new EncryptedPrivateKey(iterations, salt, nonce, gcm.doFinal(key.getEncoded()));
    }
}
