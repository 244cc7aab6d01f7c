package org.paxmap.store;

import java.util.List;

/**
 * The tables of bundle synchronisation (schema version 5). Stateless.
 *
 * <ul>
 *   <li>{@code paxmap_feature_versions}: the content of superseded feature versions (and of incoming versions that
 *       never reached the feature table), keyed by uuid and version vector, as canonical GeoJSON; the common ancestor
 *       of two concurrent versions is looked up here.
 *   <li>{@code paxmap_conflicts}: for a feature in conflict, each concurrent version kept aside (the feature table
 *       holds the provisional winner), with the winner's vector, whether the version aside is the local one, and why.
 *   <li>{@code paxmap_provenance}: per accepted incoming feature version, the bundle, signer node and key, when it was
 *       imported, how it was classified and any note (an automatic merge).
 *   <li>{@code paxmap_imported_bundles}: every bundle applied, so that a replay is recognised and changes nothing.
 *   <li>{@code paxmap_stream_positions}: per sender, the highest stream sequence number imported and its manifest hash.
 *   <li>{@code paxmap_exports} and {@code paxmap_partner_cursors}: per partner, the bundles exported (stream sequence →
 *       change-log position) and the change-log position the partner has acknowledged; incremental export sends what
 *       changed after it.
 * </ul>
 */
final class SyncTables {
    static final List<String> CREATE = List.of(
            """
            CREATE TABLE paxmap_feature_versions (
              uuid TEXT NOT NULL,
              versions TEXT NOT NULL,
              content_sha256 TEXT NOT NULL,
              deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
              feature TEXT NOT NULL,
              kept_at DATETIME NOT NULL,
              PRIMARY KEY (uuid, versions))""",
            """
            CREATE TABLE paxmap_conflicts (
              uuid TEXT NOT NULL,
              layer TEXT NOT NULL,
              versions TEXT NOT NULL,
              content_sha256 TEXT NOT NULL,
              feature TEXT NOT NULL,
              aside_is_local INTEGER NOT NULL CHECK (aside_is_local IN (0, 1)),
              winner_versions TEXT NOT NULL,
              detected_at DATETIME NOT NULL,
              bundle_id TEXT NOT NULL,
              reason TEXT NOT NULL,
              PRIMARY KEY (uuid, versions))""",
            """
            CREATE TABLE paxmap_provenance (
              uuid TEXT NOT NULL,
              versions TEXT NOT NULL,
              bundle_id TEXT NOT NULL,
              signer_node TEXT NOT NULL,
              signer_key TEXT NOT NULL,
              imported_at DATETIME NOT NULL,
              outcome TEXT NOT NULL,
              note TEXT NOT NULL,
              PRIMARY KEY (uuid, versions))""",
            """
            CREATE TABLE paxmap_imported_bundles (
              bundle_id TEXT PRIMARY KEY NOT NULL,
              sender TEXT NOT NULL,
              stream_seq INTEGER NOT NULL,
              manifest_sha256 TEXT NOT NULL,
              imported_at DATETIME NOT NULL)""",
            """
            CREATE TABLE paxmap_stream_positions (
              sender TEXT PRIMARY KEY NOT NULL,
              last_seq INTEGER NOT NULL,
              manifest_sha256 TEXT NOT NULL,
              updated_at DATETIME NOT NULL)""",
            """
            CREATE TABLE paxmap_exports (
              partner TEXT NOT NULL,
              stream_seq INTEGER NOT NULL,
              bundle_id TEXT NOT NULL,
              manifest_sha256 TEXT NOT NULL,
              changelog_seq INTEGER NOT NULL,
              exported_at DATETIME NOT NULL,
              PRIMARY KEY (partner, stream_seq))""",
            """
            CREATE TABLE paxmap_partner_cursors (
              partner TEXT PRIMARY KEY NOT NULL,
              acked_stream_seq INTEGER NOT NULL,
              acked_changelog_seq INTEGER NOT NULL,
              updated_at DATETIME NOT NULL)""");

    /** The schema version that added these tables. */
    static final int VERSION = 5;

    private SyncTables() {}
}
