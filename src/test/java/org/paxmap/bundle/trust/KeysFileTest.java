package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The .paxkey file a node hands to partners: written, read back, and anything malformed refused by field. */
class KeysFileTest {
    @TempDir
    Path dir;

    static final NodeIdentity ITALY = new NodeIdentity(
            "ITA-BDE",
            "Italian brigade",
            "ita",
            new PublicKeyJwk(KeysTest.RFC_X),
            Instant.parse("2026-11-24T09:30:00Z"));

    @Test
    void aWrittenKeyFileReadsBackAsTheSameIdentity() throws Exception {
        Path file = dir.resolve("ita" + PublicKeyFile.EXTENSION);
        PublicKeyFile.write(ITALY, file);
        String text = Files.readString(file);
        assertThat(text)
                .contains("\"format\" : \"paxmap-public-key/1\"")
                .contains("\"organisation\" : \"ITA\"")
                .contains("\"kty\" : \"OKP\"");
        assertThat(PublicKeyFile.read(file)).isEqualTo(ITALY);
        assertThat(PublicKeyFile.read(file).kid()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown member | \"nodeId\" : | \"extra\" : 1, \"nodeId\" : | unknown field 'extra'",
                "missing name | \"name\" : \"Italian brigade\", | | field 'name' is missing",
                "wrong key type | \"kty\" : \"OKP\" | \"kty\" : \"EC\" | field 'jwk.kty' is 'EC', expected 'OKP'",
                "wrong curve | \"crv\" : \"Ed25519\" | \"crv\" : \"X25519\" | field 'jwk.crv' is 'X25519', expected 'Ed25519'",
                "padded base64 | HURo\" | HURo=\" | field 'jwk.x' is not unpadded base64url",
                "short key | 11qYAYKx | | field 'jwk.x' holds 26 bytes",
                "wrong format | paxmap-public-key/1 | paxmap-public-key/3 | field 'format' is 'paxmap-public-key/3'",
                "bad time | 2026-11-24T09:30:00Z | yesterday | field 'createdAt' is not an RFC 3339 UTC time",
                "not a code | \"ITA\" | \"Italy!\" | field 'organisation'",
                "name not text | \"Italian brigade\" | 42 | field 'name' must be a string",
                "duplicate member | \"nodeId\" : | \"nodeId\" : \"X\", \"nodeId\" : | not valid JSON",
            })
    void aMalformedKeyFileIsRefusedNamingTheFileAndTheField(String what, String from, String to, String message)
            throws Exception {
        Path file = dir.resolve("bad.paxkey");
        String good = PublicKeyFile.toJson(ITALY);
        String bad = good.replace(from, to == null ? "" : to);
        assertThat(bad).as("the test really changes the file").isNotEqualTo(good);
        Files.writeString(file, bad);
        assertThatThrownBy(() -> PublicKeyFile.read(file))
                .isInstanceOf(TrustException.class)
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void trailingGarbageNonUtf8AndMissingFilesAreRefusedInWords() throws Exception {
        Path file = dir.resolve("ita.paxkey");
        Files.writeString(file, PublicKeyFile.toJson(ITALY) + "{}");
        assertThatThrownBy(() -> PublicKeyFile.read(file))
                .isInstanceOf(TrustException.class)
                .hasMessageStartingWith(file + ": not valid JSON");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
        assertThatThrownBy(() -> PublicKeyFile.read(file))
                .hasMessage(file + ": not a public key file (not UTF-8 text)");
        Path missing = dir.resolve("none.paxkey");
        assertThatThrownBy(() -> PublicKeyFile.read(missing)).hasMessage(missing + ": no such file");
    }
}
