package org.paxmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 4: a picture written at schema version 3 gains the trust tables, and they keep what is written. */
class TrustTablesTest {
    @TempDir
    Path dir;

    static final Instant T = Instant.parse("2026-11-24T09:30:00Z");

    static StoredPartner partner(String node, String key, String kid) {
        return new StoredPartner(
                node,
                node + " HQ",
                "ITA",
                key,
                kid,
                T,
                "Capt. Moreau",
                T,
                Map.of("NATO", "NATO RESTRICTED"),
                List.of("NATO", "UN"),
                StoredPartner.ACTIVE,
                T);
    }

    @Test
    void aVersionThreePictureMigratesAndKeepsIdentityPartnersAndPolicies() throws Exception {
        Path file = dir.resolve("v3.gpkg");
        try (PictureStore store = PictureStore.create(file, "FRA-HQ", 3)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM sqlite_master WHERE name LIKE 'paxmap_partners'")) {
            assertThat(rs.getInt(1)).as("no trust tables at version 3").isZero();
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(4);
            assertThat(store.legacyIdentity()).isEmpty();
            assertThat(store.partners()).isEmpty();
            assertThat(store.policies()).isEmpty();
            StoredIdentity me = new StoredIdentity("FRA-HQ", "French HQ", "FRA", "x", "{\"sealed\":true}", T);
            assertThatThrownBy(() -> store.putLegacyIdentity(me))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("kept in the key store, not in the picture");
            store.addPartner(partner("ITA-BDE", "k1", "kid1"));
            assertThatThrownBy(() -> store.addPartner(partner("ITA-2", "k1", "kid2")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Cannot add partner ITA-2 to " + file);
            store.replacePolicies(List.of(new StoredPolicy("NATO", "{\"name\":\"NATO\"}")));
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertThat(store.legacyIdentity()).isEmpty();
            assertThat(store.partners()).containsExactly(partner("ITA-BDE", "k1", "kid1"));
            assertThat(store.setPartnerStatus("ITA-BDE", StoredPartner.SUSPENDED))
                    .isTrue();
            assertThat(store.partners().get(0).status()).isEqualTo(StoredPartner.SUSPENDED);
            assertThat(store.setPartnerStatus("NOBODY", StoredPartner.ACTIVE)).isFalse();
            assertThat(store.policies()).containsExactly(new StoredPolicy("NATO", "{\"name\":\"NATO\"}"));
            assertThat(store.removePartner("ITA-BDE")).isTrue();
            assertThat(store.removePartner("ITA-BDE")).isFalse();
            assertThat(store.partners()).isEmpty();
        }
    }

    @Test
    void aPictureBeforeVersion8KeepsItsKeyUntilItIsDropped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v7.gpkg");
        StoredIdentity me = new StoredIdentity("FRA-HQ", "French HQ", "FRA", "x", "{\"sealed\":true}", T);
        try (PictureStore store = PictureStore.create(file, "FRA-HQ", 7)) {
            store.putLegacyIdentity(me);
            assertThatThrownBy(() -> store.putLegacyIdentity(me))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already has a node key");
            assertThatThrownBy(() -> store.putLegacyIdentity(new StoredIdentity("ITA", "n", "ITA", "y", "{}", T)))
                    .hasMessageContaining("belongs to node FRA-HQ");
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(8);
            assertThat(store.legacyIdentity())
                    .as("a held key survives the migration")
                    .contains(me);
            store.dropLegacyIdentity("kid-of-the-key");
            assertThat(store.legacyIdentity()).isEmpty();
            assertThat(store.setting(PictureStore.SETTING_NODE_KEY)).contains("kid-of-the-key");
        }
        assertThat(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("sealed")
                .doesNotContain("paxmap_identity");
    }
}
