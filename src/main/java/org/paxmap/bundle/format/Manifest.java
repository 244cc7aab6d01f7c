package org.paxmap.bundle.format;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.paxmap.bytes.Sha256;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * The signed manifest of a bundle ({@code META-INF/manifest.json}, brief §2). Immutable; lists and maps are copied
 * and unmodifiable.
 *
 * <p>Its bytes are the RFC 8785 canonical JSON of this record ({@link #canonicalBytes()}); {@link #parse} accepts
 * exactly those bytes and nothing else, so that every reader sees the same manifest the signer signed.
 *
 * @param format always {@link #FORMAT}
 * @param bundleId a random UUID naming this bundle
 * @param createdAt when the bundle was made (RFC 3339 UTC, {@link Instant#toString()})
 * @param sender the sending node and the key id it signs with
 * @param recipients the partner node ids the bundle is addressed to, at least one, no repeats
 * @param stream per recipient: the sequence number of this bundle on the sender → recipient stream, and the SHA-256 of
 *     the previous manifest on it; exactly one entry per recipient
 * @param sync full or incremental, and what the sender has received from each recipient
 * @param label the bundle's high-water label (brief §5)
 * @param contents the listed files (every entry other than mimetype, manifest and signature)
 */
public record Manifest(
        String format,
        UUID bundleId,
        Instant createdAt,
        Sender sender,
        List<String> recipients,
        Map<String, StreamPosition> stream,
        Sync sync,
        ReleaseLabel label,
        List<Content> contents) {

    /** The format this code reads and writes. */
    public static final String FORMAT = "paxmap-bundle/1";

    /** The media type of a layer file. */
    public static final String GEOJSON_MEDIA_TYPE = "application/geo+json";

    /** Checks presence of every part and copies the collections. */
    public Manifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sender, "sender");
        recipients = List.copyOf(recipients);
        stream = Map.copyOf(stream);
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(label, "label");
        contents = List.copyOf(contents);
    }

    /** The RFC 8785 canonical UTF-8 bytes of this manifest: what is signed and stored. */
    public byte[] canonicalBytes() {
        return ManifestJson.canonicalBytes(this);
    }

    /** The lower-case hex SHA-256 of {@link #canonicalBytes()}, as the next bundle's {@code previousManifestSha256}. */
    public String sha256() {
        return Sha256.hex(canonicalBytes());
    }

    /**
     * Parses manifest bytes strictly: well-formed JSON without duplicate member names, byte-identical to the RFC 8785
     * canonical form of its own parse, {@code format} {@link #FORMAT}, every field present with the right type and
     * no unknown field.
     *
     * @param bundle the bundle file name, for messages
     * @throws BundleException {@link BundleRefusal#MANIFEST_MALFORMED}, {@link BundleRefusal#MANIFEST_NOT_CANONICAL},
     *     {@link BundleRefusal#UNKNOWN_FORMAT} or {@link BundleRefusal#MANIFEST_INVALID}, naming the field
     */
    public static Manifest parse(byte[] bytes, String bundle) throws BundleException {
        return ManifestJson.parse(bytes, bundle);
    }

    /** The content entry for {@code path}, or null. */
    public Content content(String path) {
        for (Content c : contents) {
            if (c.path().equals(path)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The sending node.
     *
     * @param nodeId the node id, which the signing key must belong to
     * @param name the display name, e.g. {@code Sector West HQ}
     * @param organisation the organisation or nation code, e.g. {@code FRA}
     * @param kid the key id (RFC 7638 thumbprint) of the signing key
     */
    public record Sender(String nodeId, String name, String organisation, String kid) {
        /** Checks presence of every part. */
        public Sender {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(kid, "kid");
        }
    }

    /**
     * This bundle's place on one sender → recipient stream.
     *
     * @param sequence 1 for the first bundle to that recipient, then one more for each
     * @param previousManifestSha256 the hex SHA-256 of the previous manifest on the stream, or null for sequence 1
     */
    public record StreamPosition(long sequence, String previousManifestSha256) {
        /** Checks that the sequence is positive and that only the first bundle lacks a previous manifest. */
        public StreamPosition {
            if (sequence < 1) {
                throw new IllegalArgumentException("sequence must be at least 1, not " + sequence);
            }
            if ((previousManifestSha256 == null) != (sequence == 1)) {
                throw new IllegalArgumentException(
                        "previousManifestSha256 must be null exactly for sequence 1 (sequence " + sequence + ")");
            }
        }
    }

    /** Whether a bundle carries the whole releasable picture or the changes since the last acknowledgement. */
    public enum SyncMode {
        FULL("full"),
        INCREMENTAL("incremental");

        private final String code;

        SyncMode(String code) {
            this.code = code;
        }

        /** The manifest's code: {@code full} or {@code incremental}. */
        public String code() {
            return code;
        }
    }

    /**
     * What the sender has received from one recipient: the last bundle seen on the recipient → sender stream.
     *
     * @param sequence that bundle's stream sequence number
     * @param bundleId that bundle's id
     */
    public record Acknowledgement(long sequence, UUID bundleId) {
        /** Checks the sequence and id. */
        public Acknowledgement {
            if (sequence < 1) {
                throw new IllegalArgumentException("sequence must be at least 1, not " + sequence);
            }
            Objects.requireNonNull(bundleId, "bundleId");
        }
    }

    /**
     * The sync part.
     *
     * @param mode full or incremental
     * @param acknowledgements per recipient node id that has sent the sender anything, the last bundle received
     */
    public record Sync(SyncMode mode, Map<String, Acknowledgement> acknowledgements) {
        /** Checks the mode and copies the map. */
        public Sync {
            Objects.requireNonNull(mode, "mode");
            acknowledgements = Map.copyOf(acknowledgements);
        }
    }

    /**
     * One listed file.
     *
     * @param path the entry name, e.g. {@code data/zones.geojson}
     * @param mediaType {@link #GEOJSON_MEDIA_TYPE} for layer files
     * @param layer the layer the file holds
     * @param size the byte size
     * @param sha256 the lower-case hex SHA-256 of the bytes
     * @param features how many features the file holds, tombstones included
     * @param tombstones how many of them are tombstones
     */
    public record Content(
            String path, String mediaType, Layer layer, long size, String sha256, long features, long tombstones) {
        /** Checks presence and ranges. */
        public Content {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(sha256, "sha256");
            if (size < 0 || features < 0 || tombstones < 0 || tombstones > features) {
                throw new IllegalArgumentException("size and counts must be non-negative, tombstones <= features");
            }
        }

        /** The entry name of {@code layer}'s file: {@code data/<layer>.geojson}. */
        public static String pathOf(Layer layer) {
            return "data/" + layer.tableName() + ".geojson";
        }
    }
}
