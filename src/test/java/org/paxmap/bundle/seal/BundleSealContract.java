package org.paxmap.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;

/** The contract of {@link BundleSeal}, run against every implementation (one subclass each). */
abstract class BundleSealContract {
    @TempDir
    Path dir;

    /** The implementation under test. */
    abstract BundleSeal seal();

    final KeyPair fra = X25519Keys.generate();
    final KeyPair ita = X25519Keys.generate();
    final KeyPair deu = X25519Keys.generate();

    /** Seals {@code plain} for the given key pairs into a file. */
    Path sealed(byte[] plain, KeyPair... to) throws Exception {
        Path file = dir.resolve("sealed-" + System.nanoTime() + ".paxb");
        List<byte[]> recipients = java.util.Arrays.stream(to)
                .map(k -> X25519Keys.raw(k.getPublic()))
                .toList();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            seal().seal(Channels.newChannel(new java.io.ByteArrayInputStream(plain)), out, recipients);
        }
        return file;
    }

    /** What {@code identity} reads from {@code file}. */
    byte[] open(Path file, KeyPair identity) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        seal().open(file, Channels.newChannel(out), X25519Keys.raw(identity.getPrivate()), "b.paxb");
        return out.toByteArray();
    }

    static byte[] plain(int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void eachRecipientReadsTheBytesBackAndTheFileIsRecognised() throws Exception {
        for (int size : new int[] {0, 1, 65_536, 200_001}) {
            byte[] plain = plain(size);
            Path file = sealed(plain, fra, ita);
            assertThat(open(file, fra)).isEqualTo(plain);
            assertThat(open(file, ita)).isEqualTo(plain);
            assertThat(seal().recognises(Files.readAllBytes(file))).isTrue();
        }
        assertThat(seal().recognises("PK\u0003\u0004 a zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isFalse();
    }

    @Test
    void aNodeThatIsNotARecipientReadsNothing() throws Exception {
        Path file = sealed(plain(1000), fra, ita);
        assertThatThrownBy(() -> open(file, deu))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTED_FOR_OTHERS))
                .hasMessageContaining("b.paxb")
                .hasMessageContaining("not encrypted to this node's key");
    }

    @Test
    void anAlteredByteOfTheContentIsRefused() throws Exception {
        Path file = sealed(plain(100_000), ita);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 500] ^= 0x01;
        Files.write(file, bytes);
        assertThatThrownBy(() -> open(file, ita))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTION_ALTERED))
                .hasMessageContaining("altered or cut short");
    }

    @Test
    void aFileCutShortInItsContentIsRefused() throws Exception {
        Path file = sealed(plain(150_000), ita);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 70_000));
        assertThatThrownBy(() -> open(file, ita))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTION_ALTERED));
    }

    @Test
    void aFileCutShortInItsHeaderIsRefused() throws Exception {
        Path file = sealed(plain(1000), ita);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 60));
        assertThatThrownBy(() -> open(file, ita))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTION_HEADER))
                .hasMessageContaining("cut short");
    }
}
