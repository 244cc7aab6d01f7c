package org.paxmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.paxmap.model.Feature;

/**
 * The SQL of the proposal tables (schema version 7): {@code paxmap_proposals} (a partner's edit or deletion of a
 * feature it may not change directly, kept as canonical GeoJSON with who sent it, in which bundle, the vector held
 * here when it came, and whether a person has accepted or rejected it; one row per feature, version and proposer) and
 * {@code paxmap_edit_rights} (the partners a person has allowed to edit this node's features directly; absent means
 * not allowed). Stateless; callers hold the store's lock for the connection whose statements they pass.
 */
final class ProposalTables {
    /** The schema version that added these tables. */
    static final int VERSION = 7;

    static final List<String> CREATE = List.of(
            """
            CREATE TABLE paxmap_proposals (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              uuid TEXT NOT NULL,
              layer TEXT NOT NULL,
              versions TEXT NOT NULL,
              content_sha256 TEXT NOT NULL,
              deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
              feature TEXT NOT NULL,
              proposer TEXT NOT NULL,
              bundle_id TEXT NOT NULL,
              signer_key TEXT NOT NULL,
              base_versions TEXT NOT NULL,
              received_at DATETIME NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'rejected')),
              decided_at DATETIME,
              decided_by TEXT NOT NULL DEFAULT '',
              UNIQUE (uuid, versions, proposer))""",
            "CREATE INDEX paxmap_proposals_open ON paxmap_proposals (status, uuid)",
            """
            CREATE TABLE paxmap_edit_rights (
              partner TEXT PRIMARY KEY NOT NULL,
              granted_at DATETIME NOT NULL)""");

    private static final String COLUMNS = "id, feature, proposer, bundle_id, signer_key, base_versions, received_at,"
            + " status, decided_at, decided_by";

    private ProposalTables() {}

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : CREATE) {
                s.execute(sql);
            }
        }
    }

    /** Records {@code p} as an open proposal of {@code bundle}'s sender; one already recorded is left as it is. */
    static void put(StatementCache writes, IncomingProposal p, IncomingBundle bundle, Instant now) throws SQLException {
        Feature f = p.proposed();
        PreparedStatement ps = writes.get(
                """
                INSERT OR IGNORE INTO paxmap_proposals (uuid, layer, versions, content_sha256, deleted, feature,
                  proposer, bundle_id, signer_key, base_versions, received_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')""");
        ps.setString(1, f.id().toString());
        ps.setString(2, f.layer().tableName());
        ps.setString(3, FeatureTable.versionsJson(f.sync().versions()));
        ps.setString(4, f.sync().contentSha256());
        ps.setInt(5, f.sync().deleted() ? 1 : 0);
        ps.setString(6, VersionHistory.json(f));
        ps.setString(7, bundle.sender());
        ps.setString(8, bundle.bundleId());
        ps.setString(9, bundle.signerKeyId());
        ps.setString(10, FeatureTable.versionsJson(p.baseVersions()));
        ps.setString(11, GpkgDateTime.format(now));
        ps.executeUpdate();
    }

    /** The proposals, oldest first: only the open ones, or all. */
    static List<Proposal> list(StatementCache cache, boolean openOnly) throws SQLException {
        PreparedStatement ps = cache.get("SELECT " + COLUMNS + " FROM paxmap_proposals"
                + (openOnly ? " WHERE status = 'open'" : "") + " ORDER BY id");
        return read(ps);
    }

    /** Proposal {@code id}, if there is one. */
    static Optional<Proposal> byId(StatementCache cache, long id) throws SQLException {
        PreparedStatement ps = cache.get("SELECT " + COLUMNS + " FROM paxmap_proposals WHERE id = ?");
        ps.setLong(1, id);
        return read(ps).stream().findFirst();
    }

    /** The status of the proposal of exactly this version by {@code proposer}, if it was recorded. */
    static Optional<ProposalStatus> statusOf(StatementCache cache, Feature version, String proposer)
            throws SQLException {
        PreparedStatement ps =
                cache.get("SELECT status FROM paxmap_proposals WHERE uuid = ? AND versions = ? AND proposer = ?");
        ps.setString(1, version.id().toString());
        ps.setString(2, FeatureTable.versionsJson(version.sync().versions()));
        ps.setString(3, proposer);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(status(rs.getString(1))) : Optional.empty();
        }
    }

    /** Marks proposal {@code id} accepted or rejected. */
    static void decide(StatementCache writes, long id, ProposalStatus status, String user, Instant now)
            throws SQLException {
        PreparedStatement ps = writes.get(
                "UPDATE paxmap_proposals SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'open'");
        ps.setString(1, status.name().toLowerCase(Locale.ROOT));
        ps.setString(2, GpkgDateTime.format(now));
        ps.setString(3, user);
        ps.setLong(4, id);
        if (ps.executeUpdate() != 1) {
            throw new SQLException("proposal " + id + " is not open");
        }
    }

    /** The partners allowed to edit this node's features directly. */
    static Set<String> editRights(StatementCache cache) throws SQLException {
        PreparedStatement ps = cache.get("SELECT partner FROM paxmap_edit_rights");
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Allows or disallows {@code partner} to edit this node's features directly. */
    static Void setEditRight(StatementCache writes, String partner, boolean allowed, Instant now) throws SQLException {
        PreparedStatement ps = writes.get(
                allowed
                        ? "INSERT OR REPLACE INTO paxmap_edit_rights (partner, granted_at) VALUES (?, ?)"
                        : "DELETE FROM paxmap_edit_rights WHERE partner = ?");
        ps.setString(1, partner);
        if (allowed) {
            ps.setString(2, GpkgDateTime.format(now));
        }
        ps.executeUpdate();
        return null;
    }

    private static List<Proposal> read(PreparedStatement ps) throws SQLException {
        List<Proposal> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String decided = rs.getString(9);
                out.add(new Proposal(
                        id,
                        VersionHistory.parse(rs.getString(2), "paxmap_proposals " + id),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        FeatureTable.parseVersions(rs.getString(6)),
                        GpkgDateTime.parse(rs.getString(7)),
                        status(rs.getString(8)),
                        decided == null ? null : GpkgDateTime.parse(decided),
                        rs.getString(10)));
            }
        }
        return out;
    }

    private static ProposalStatus status(String text) {
        return ProposalStatus.valueOf(text.toUpperCase(Locale.ROOT));
    }
}
