package org.paxmap.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the trust tables (schema version 4): {@code paxmap_identity} (this node's key, one row at most), {@code
 * paxmap_partners} (verified partner keys) and {@code paxmap_policies} (the release policy table). Not registered in
 * {@code gpkg_contents}, so GIS tools do not list them. Stateless; callers hold the store's lock for the connection.
 */
final class TrustTables {
    static final List<String> CREATE = List.of(
            """
            CREATE TABLE paxmap_identity (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              node_id TEXT NOT NULL,
              name TEXT NOT NULL,
              organisation TEXT NOT NULL,
              public_key TEXT NOT NULL,
              private_key TEXT NOT NULL,
              created_at DATETIME NOT NULL)""",
            """
            CREATE TABLE paxmap_partners (
              node_id TEXT PRIMARY KEY NOT NULL,
              name TEXT NOT NULL,
              organisation TEXT NOT NULL,
              public_key TEXT NOT NULL UNIQUE,
              kid TEXT NOT NULL UNIQUE,
              key_created_at DATETIME NOT NULL,
              verified_by TEXT NOT NULL,
              verified_at DATETIME NOT NULL,
              channels TEXT NOT NULL,
              holds TEXT NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
              added_at DATETIME NOT NULL)""",
            """
            CREATE TABLE paxmap_policies (
              name TEXT PRIMARY KEY NOT NULL,
              definition TEXT NOT NULL,
              updated_at DATETIME NOT NULL)""");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNER_COLUMNS = "node_id, name, organisation, public_key, kid, key_created_at,"
            + " verified_by, verified_at, channels, holds, status, added_at, encryption_key";

    private TrustTables() {}

    static void create(java.sql.Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : CREATE) {
                s.execute(sql);
            }
        }
    }

    /**
     * Schema version 8: node keys live in the user's key store, not in the picture. An empty {@code paxmap_identity}
     * is dropped; one holding a key is left for {@code org.paxmap.bundle.trust} to move out (it needs the key store,
     * which this layer does not know) with {@link PictureStore#dropLegacyIdentity}. Partners get a column for their
     * X25519 encryption key (the base64url of 32 bytes, or NULL for a key file without one).
     */
    static final int KEY_STORE_VERSION = 8;

    static void version8(java.sql.Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (hasLegacyIdentityTable(c)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM paxmap_identity")) {
                    if (rs.getInt(1) == 0) {
                        s.execute("DROP TABLE paxmap_identity");
                    }
                }
            }
            s.execute("ALTER TABLE paxmap_partners ADD COLUMN encryption_key TEXT");
        }
    }

    static boolean hasLegacyIdentityTable(java.sql.Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'paxmap_identity'")) {
            return rs.getInt(1) > 0;
        }
    }

    static Optional<StoredIdentity> identity(StatementCache cache) throws SQLException {
        if (!hasLegacyIdentityTable(cache.connection())) {
            return Optional.empty();
        }
        PreparedStatement ps = cache.get(
                "SELECT node_id, name, organisation, public_key, private_key, created_at FROM paxmap_identity");
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredIdentity(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    GpkgDateTime.parse(rs.getString(6))));
        }
    }

    static void insertIdentity(StatementCache cache, StoredIdentity identity) throws SQLException {
        PreparedStatement ps = cache.get(
                """
                INSERT INTO paxmap_identity (id, node_id, name, organisation, public_key, private_key, created_at)
                VALUES (1, ?, ?, ?, ?, ?, ?)""");
        ps.setString(1, identity.nodeId());
        ps.setString(2, identity.name());
        ps.setString(3, identity.organisation());
        ps.setString(4, identity.publicKey());
        ps.setString(5, identity.encryptedPrivateKey());
        ps.setString(6, GpkgDateTime.format(identity.createdAt()));
        ps.executeUpdate();
    }

    static List<StoredPartner> partners(StatementCache cache) throws SQLException {
        PreparedStatement ps = cache.get("SELECT " + PARTNER_COLUMNS + " FROM paxmap_partners ORDER BY node_id");
        List<StoredPartner> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredPartner(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        GpkgDateTime.parse(rs.getString(6)),
                        rs.getString(7),
                        GpkgDateTime.parse(rs.getString(8)),
                        fromJson(rs.getString(9), new TypeReference<Map<String, String>>() {}),
                        fromJson(rs.getString(10), new TypeReference<List<String>>() {}),
                        rs.getString(11),
                        GpkgDateTime.parse(rs.getString(12)),
                        rs.getString(13)));
            }
        }
        return out;
    }

    static void insertPartner(StatementCache cache, StoredPartner p) throws SQLException {
        PreparedStatement ps = cache.get(
                "INSERT INTO paxmap_partners (" + PARTNER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, p.nodeId());
        ps.setString(2, p.name());
        ps.setString(3, p.organisation());
        ps.setString(4, p.publicKey());
        ps.setString(5, p.kid());
        ps.setString(6, GpkgDateTime.format(p.keyCreatedAt()));
        ps.setString(7, p.verifiedBy());
        ps.setString(8, GpkgDateTime.format(p.verifiedAt()));
        ps.setString(9, toJson(p.channels()));
        ps.setString(10, toJson(p.holds()));
        ps.setString(11, p.status());
        ps.setString(12, GpkgDateTime.format(p.addedAt()));
        ps.setString(13, p.encryptionKey());
        ps.executeUpdate();
    }

    static boolean setPartnerStatus(StatementCache cache, String nodeId, String status) throws SQLException {
        PreparedStatement ps = cache.get("UPDATE paxmap_partners SET status = ? WHERE node_id = ?");
        ps.setString(1, status);
        ps.setString(2, nodeId);
        return ps.executeUpdate() == 1;
    }

    static boolean deletePartner(StatementCache cache, String nodeId) throws SQLException {
        PreparedStatement ps = cache.get("DELETE FROM paxmap_partners WHERE node_id = ?");
        ps.setString(1, nodeId);
        return ps.executeUpdate() == 1;
    }

    static List<StoredPolicy> policies(StatementCache cache) throws SQLException {
        PreparedStatement ps = cache.get("SELECT name, definition FROM paxmap_policies ORDER BY name");
        List<StoredPolicy> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredPolicy(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    static void replacePolicies(StatementCache cache, List<StoredPolicy> policies, Instant now) throws SQLException {
        cache.get("DELETE FROM paxmap_policies").executeUpdate();
        PreparedStatement ps = cache.get("INSERT INTO paxmap_policies (name, definition, updated_at) VALUES (?, ?, ?)");
        for (StoredPolicy policy : policies) {
            ps.setString(1, policy.name());
            ps.setString(2, policy.definition());
            ps.setString(3, GpkgDateTime.format(now));
            ps.executeUpdate();
        }
    }

    private static String toJson(Object value) throws SQLException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T fromJson(String text, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("paxmap_partners holds damaged JSON: " + text, e);
        }
    }
}
