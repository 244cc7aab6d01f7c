package org.paxmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the briefing tables (schema version 6): {@code paxmap_briefings} (one row per briefing, its name unique
 * ignoring case) and {@code paxmap_slides} (one row per slide: its briefing, its position from 0, and its state as
 * JSON text; deleted with its briefing). Like the trust and sync tables they are not registered in {@code
 * gpkg_contents}: they are Paxmap's own state, not data a GIS user reads. Stateless; callers hold the store's lock
 * for the connection whose statements they pass.
 */
final class BriefingTables {
    /** The schema version that added these tables. */
    static final int VERSION = 6;

    static final List<String> CREATE = List.of(
            """
            CREATE TABLE paxmap_briefings (
              id TEXT PRIMARY KEY NOT NULL,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE,
              audience TEXT,
              author TEXT NOT NULL,
              unit TEXT NOT NULL,
              created_at DATETIME NOT NULL,
              modified_at DATETIME NOT NULL)""",
            """
            CREATE TABLE paxmap_slides (
              id TEXT PRIMARY KEY NOT NULL,
              briefing_id TEXT NOT NULL REFERENCES paxmap_briefings (id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              state TEXT NOT NULL,
              UNIQUE (briefing_id, position))""");

    private static final String COLUMNS = "id, name, audience, author, unit, created_at, modified_at";

    private BriefingTables() {}

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : CREATE) {
                s.execute(sql);
            }
        }
    }

    static List<StoredBriefing> list(StatementCache cache) throws SQLException {
        return briefings(cache.get("SELECT " + COLUMNS + " FROM paxmap_briefings ORDER BY name COLLATE NOCASE"));
    }

    static Optional<StoredBriefing> byId(StatementCache cache, UUID id) throws SQLException {
        PreparedStatement ps = cache.get("SELECT " + COLUMNS + " FROM paxmap_briefings WHERE id = ?");
        ps.setString(1, id.toString());
        return briefings(ps).stream().findFirst();
    }

    static Optional<StoredBriefing> byName(StatementCache cache, String name) throws SQLException {
        PreparedStatement ps = cache.get("SELECT " + COLUMNS + " FROM paxmap_briefings WHERE name = ?");
        ps.setString(1, name.strip());
        return briefings(ps).stream().findFirst();
    }

    private static List<StoredBriefing> briefings(PreparedStatement ps) throws SQLException {
        List<StoredBriefing> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredBriefing(
                        UUID.fromString(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        GpkgDateTime.parse(rs.getString(6)),
                        GpkgDateTime.parse(rs.getString(7))));
            }
        }
        return out;
    }

    /** The slides of a briefing in order. */
    static List<StoredSlide> slides(StatementCache cache, UUID briefing) throws SQLException {
        PreparedStatement ps = cache.get("SELECT id, state FROM paxmap_slides WHERE briefing_id = ? ORDER BY position");
        ps.setString(1, briefing.toString());
        List<StoredSlide> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredSlide(UUID.fromString(rs.getString(1)), rs.getString(2)));
            }
        }
        return out;
    }

    /** The number of slides of a briefing. */
    static int slideCount(StatementCache cache, UUID briefing) throws SQLException {
        PreparedStatement ps = cache.get("SELECT count(*) FROM paxmap_slides WHERE briefing_id = ?");
        ps.setString(1, briefing.toString());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }

    /** The time of the newest live incident, if there is one. */
    static Optional<Instant> newestIncident(StatementCache cache) throws SQLException {
        try (ResultSet rs = cache.get("SELECT max(occurred_at) FROM incidents WHERE deleted = 0")
                .executeQuery()) {
            return Optional.ofNullable(GpkgDateTime.parse(rs.getString(1)));
        }
    }

    static Optional<Instant> oldestIncident(StatementCache cache) throws SQLException {
        try (ResultSet rs = cache.get("SELECT min(occurred_at) FROM incidents WHERE deleted = 0")
                .executeQuery()) {
            return Optional.ofNullable(GpkgDateTime.parse(rs.getString(1)));
        }
    }

    /** The briefing a slide belongs to, if the slide exists. */
    static Optional<UUID> briefingOf(StatementCache cache, UUID slide) throws SQLException {
        PreparedStatement ps = cache.get("SELECT briefing_id FROM paxmap_slides WHERE id = ?");
        ps.setString(1, slide.toString());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
        }
    }

    static void insert(StatementCache cache, StoredBriefing b) throws SQLException {
        PreparedStatement ps = cache.get("INSERT INTO paxmap_briefings (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, b.id().toString());
        ps.setString(2, b.name());
        ps.setString(3, b.audience());
        ps.setString(4, b.author());
        ps.setString(5, b.unit());
        ps.setString(6, GpkgDateTime.format(b.createdAt()));
        ps.setString(7, GpkgDateTime.format(b.modifiedAt()));
        ps.executeUpdate();
    }

    /** Sets one column ({@code name} or {@code audience}) of a briefing and its modification time. */
    static void update(StatementCache cache, UUID id, String column, String value, Instant now) throws SQLException {
        if (!column.equals("name") && !column.equals("audience")) {
            throw new IllegalArgumentException("not an editable briefing column: " + column);
        }
        PreparedStatement ps =
                cache.get("UPDATE paxmap_briefings SET " + column + " = ?, modified_at = ? WHERE id = ?");
        ps.setString(1, value);
        ps.setString(2, GpkgDateTime.format(now));
        ps.setString(3, id.toString());
        ps.executeUpdate();
    }

    /** Sets a briefing's modification time. */
    static void touch(StatementCache cache, UUID id, Instant now) throws SQLException {
        PreparedStatement ps = cache.get("UPDATE paxmap_briefings SET modified_at = ? WHERE id = ?");
        ps.setString(1, GpkgDateTime.format(now));
        ps.setString(2, id.toString());
        ps.executeUpdate();
    }

    static void delete(StatementCache cache, UUID id) throws SQLException {
        PreparedStatement ps = cache.get("DELETE FROM paxmap_briefings WHERE id = ?");
        ps.setString(1, id.toString());
        ps.executeUpdate();
    }

    /** Adds a slide at a position no other slide has (the caller renumbers afterwards). */
    static void insertSlide(StatementCache cache, UUID briefing, int position, StoredSlide slide) throws SQLException {
        PreparedStatement ps =
                cache.get("INSERT INTO paxmap_slides (id, briefing_id, position, state) VALUES (?, ?, ?, ?)");
        ps.setString(1, slide.id().toString());
        ps.setString(2, briefing.toString());
        ps.setInt(3, position);
        ps.setString(4, slide.state());
        ps.executeUpdate();
    }

    static void updateSlide(StatementCache cache, StoredSlide slide) throws SQLException {
        PreparedStatement ps = cache.get("UPDATE paxmap_slides SET state = ? WHERE id = ?");
        ps.setString(1, slide.state());
        ps.setString(2, slide.id().toString());
        ps.executeUpdate();
    }

    static void deleteSlide(StatementCache cache, UUID slide) throws SQLException {
        PreparedStatement ps = cache.get("DELETE FROM paxmap_slides WHERE id = ?");
        ps.setString(1, slide.toString());
        ps.executeUpdate();
    }

    /**
     * Gives the slides of a briefing positions 0… in the order of {@code order} (every slide of the briefing). The
     * positions are first moved below zero, so the unique (briefing, position) constraint holds at every row.
     */
    static void renumber(StatementCache cache, UUID briefing, List<UUID> order) throws SQLException {
        PreparedStatement away = cache.get("UPDATE paxmap_slides SET position = -1 - position WHERE briefing_id = ?");
        away.setString(1, briefing.toString());
        away.executeUpdate();
        PreparedStatement ps = cache.get("UPDATE paxmap_slides SET position = ? WHERE id = ?");
        for (int i = 0; i < order.size(); i++) {
            ps.setInt(1, i);
            ps.setString(2, order.get(i).toString());
            ps.executeUpdate();
        }
    }
}
