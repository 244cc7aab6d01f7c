package org.paxmap.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;

/** age v1: the contract, plus the headers an attacker can write by hand. */
class AgeSealTest extends BundleSealContract {
    @Override
    BundleSeal seal() {
        return new AgeSeal();
    }

    @Test
    void anAlteredHeaderMacIsRefusedAsAnAlteredHeader() throws Exception {
        Path file = sealed(plain(1000), ita);
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int mac = text.indexOf("\n--- ") + 5;
        byte[] bytes = Files.readAllBytes(file);
        bytes[mac + 3] = (byte) (bytes[mac + 3] == 'A' ? 'B' : 'A');
        Files.write(file, bytes);
        assertThatThrownBy(() -> open(file, ita))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTION_HEADER))
                .hasMessageContaining("header was altered");
    }

    @Test
    void aPassphraseScryptStanzaIsRefusedByName() throws Exception {
        Path file = sealed(plain(1000), ita);
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String scrypt = text.replaceFirst("-> X25519 [^\n]*", "-> scrypt rF0/NLdOL4uFAmfC8m5ab0A 18");
        Files.write(file, scrypt.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> open(file, ita))
                .isInstanceOfSatisfying(BundleException.class, e -> assertThat(e.kind())
                        .isEqualTo(BundleRefusal.ENCRYPTION_RECIPIENT_TYPE))
                .hasMessageContaining("encrypted with a passphrase (an age scrypt recipient)");
    }

    @Test
    void anOversizedHeaderIsRefusedUnread() throws Exception {
        StringBuilder header = new StringBuilder("age-encryption.org/v1\n");
        while (header.length() <= AgeSeal.MAX_HEADER + 100) {
            header.append("-> X25519 ")
                    .append("A".repeat(43))
                    .append('\n')
                    .append("B".repeat(43))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("huge.paxb"), header, StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> open(file, ita))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTION_HEADER))
                .hasMessageContaining("larger than 64 KiB");
    }

    @Test
    void theRecipientAndIdentityStringsAreAgesOwnForms() {
        var pair = X25519Keys.generate();
        assertThat(X25519Keys.recipient(X25519Keys.raw(pair.getPublic()))).matches("age1[02-9ac-hj-np-z]{58}");
        assertThat(X25519Keys.identity(X25519Keys.raw(pair.getPrivate())))
                .matches("AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}");
        assertThat(X25519Keys.raw(X25519Keys.privateKey(X25519Keys.raw(pair.getPrivate()))))
                .isEqualTo(X25519Keys.raw(pair.getPrivate()));
    }
}
