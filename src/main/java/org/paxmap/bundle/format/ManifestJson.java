package org.paxmap.bundle.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * The JSON form of {@link Manifest}: canonical writing and strict parsing. Thread-safe (stateless).
 *
 * <p>Parsing is stricter than the trust package's reader of key files and policy tables ({@code
 * org.paxmap.bundle.trust.StrictJson}), on purpose: the manifest comes from a partner inside a file that may be
 * hostile, so it must be its own RFC 8785 canonical form, is read under tight Jackson limits ({@link #STRICT}), caps
 * every string at 256 characters, and refuses as a {@link BundleException} naming the bundle, the manifest and the
 * field. Both refuse duplicate members and trailing content; their refusals, limits and messages differ, and this
 * package does not depend on the trust package.
 */
final class ManifestJson {
    /** Strict JSON for signed metadata: duplicates refused, trailing tokens refused, small limits. */
    static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxNumberLength(32)
                            .maxStringLength(64 * 1024)
                            .maxNameLength(256)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern UTC_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private ManifestJson() {}

    static byte[] canonicalBytes(Manifest m) {
        return CanonicalJson.bytes(tree(m));
    }

    static ObjectNode tree(Manifest m) {
        ObjectNode root = NODES.objectNode();
        root.put("format", m.format());
        root.put("bundleId", m.bundleId().toString());
        root.put("createdAt", m.createdAt().toString());
        ObjectNode sender = root.putObject("sender");
        sender.put("nodeId", m.sender().nodeId());
        sender.put("name", m.sender().name());
        sender.put("organisation", m.sender().organisation());
        sender.put("kid", m.sender().kid());
        ArrayNode recipients = root.putArray("recipients");
        m.recipients().forEach(recipients::add);
        ObjectNode stream = root.putObject("stream");
        m.stream().forEach((recipient, p) -> {
            ObjectNode position = stream.putObject(recipient);
            position.put("sequence", p.sequence());
            if (p.previousManifestSha256() == null) {
                position.putNull("previousManifestSha256");
            } else {
                position.put("previousManifestSha256", p.previousManifestSha256());
            }
        });
        ObjectNode sync = root.putObject("sync");
        sync.put("mode", m.sync().mode().code());
        ObjectNode acks = sync.putObject("acknowledgements");
        m.sync().acknowledgements().forEach((node, a) -> {
            ObjectNode ack = acks.putObject(node);
            ack.put("sequence", a.sequence());
            ack.put("bundleId", a.bundleId().toString());
        });
        ObjectNode label = root.putObject("label");
        label.put("policy", m.label().policy());
        label.put("classification", m.label().classification());
        ArrayNode rel = label.putArray("releasableTo");
        m.label().releasableTo().forEach(rel::add);
        ArrayNode caveats = label.putArray("caveats");
        m.label().caveats().forEach(caveats::add);
        label.put("originator", m.label().originator());
        ArrayNode contents = root.putArray("contents");
        for (Manifest.Content c : m.contents()) {
            ObjectNode entry = contents.addObject();
            entry.put("path", c.path());
            entry.put("mediaType", c.mediaType());
            entry.put("layer", c.layer().tableName());
            entry.put("size", c.size());
            entry.put("sha256", c.sha256());
            entry.put("features", c.features());
            entry.put("tombstones", c.tombstones());
        }
        return root;
    }

    static Manifest parse(byte[] bytes, String bundle) throws BundleException {
        JsonNode root;
        try {
            root = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BundleException(
                    BundleRefusal.MANIFEST_MALFORMED, bundle, BundleEntries.MANIFEST, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BundleException(
                    BundleRefusal.MANIFEST_MALFORMED,
                    bundle,
                    BundleEntries.MANIFEST,
                    String.valueOf(e.getMessage()),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new BundleException(
                    BundleRefusal.MANIFEST_MALFORMED, bundle, BundleEntries.MANIFEST, "the root is not a JSON object");
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytes(root);
        } catch (IllegalArgumentException e) {
            throw new BundleException(
                    BundleRefusal.MANIFEST_NOT_CANONICAL, bundle, BundleEntries.MANIFEST, e.getMessage(), e);
        }
        if (!Arrays.equals(canonical, bytes)) {
            throw new BundleException(
                    BundleRefusal.MANIFEST_NOT_CANONICAL,
                    bundle,
                    BundleEntries.MANIFEST,
                    "the bytes are not the RFC 8785 canonical form of the manifest (first difference at byte "
                            + Arrays.mismatch(canonical, bytes) + ")");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(Manifest.FORMAT)) {
            throw new BundleException(
                    BundleRefusal.UNKNOWN_FORMAT,
                    bundle,
                    BundleEntries.MANIFEST + ", field format",
                    "unknown format " + (format == null ? "(missing)" : format.toString()) + ", expected "
                            + Manifest.FORMAT);
        }
        return new Reading(bundle).manifest(root);
    }

    /** One strict read, with the bundle name for messages. */
    private static final class Reading {
        private final String bundle;

        Reading(String bundle) {
            this.bundle = bundle;
        }

        Manifest manifest(JsonNode root) throws BundleException {
            members(
                    root,
                    "",
                    "format",
                    "bundleId",
                    "createdAt",
                    "sender",
                    "recipients",
                    "stream",
                    "sync",
                    "label",
                    "contents");
            JsonNode s = object(root, "sender", "");
            members(s, "sender.", "nodeId", "name", "organisation", "kid");
            Manifest.Sender sender = new Manifest.Sender(
                    nodeId(s, "nodeId", "sender."),
                    text(s, "name", "sender."),
                    text(s, "organisation", "sender."),
                    text(s, "kid", "sender."));
            List<String> recipients = new ArrayList<>();
            JsonNode r = array(root, "recipients", "");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.size(); i++) {
                String field = "recipients[" + i + "]";
                String id = nodeIdValue(r.get(i), field);
                if (!seen.add(id)) {
                    throw invalid(field, "recipient '" + id + "' is listed twice");
                }
                recipients.add(id);
            }
            if (recipients.isEmpty()) {
                throw invalid("recipients", "at least one recipient is needed");
            }
            Map<String, Manifest.StreamPosition> stream = new LinkedHashMap<>();
            JsonNode st = object(root, "stream", "");
            for (Map.Entry<String, JsonNode> e : st.properties()) {
                String at = "stream." + e.getKey();
                if (!seen.contains(e.getKey())) {
                    throw invalid(at, "'" + e.getKey() + "' is not a recipient");
                }
                JsonNode p = objectValue(e.getValue(), at);
                members(p, at + ".", "sequence", "previousManifestSha256");
                long sequence = whole(p, "sequence", at + ".", 1);
                JsonNode prev = p.get("previousManifestSha256");
                String previous = prev.isNull() ? null : hex(prev, at + ".previousManifestSha256");
                try {
                    stream.put(e.getKey(), new Manifest.StreamPosition(sequence, previous));
                } catch (IllegalArgumentException x) {
                    throw invalid(at, x.getMessage());
                }
            }
            for (String recipient : recipients) {
                if (!stream.containsKey(recipient)) {
                    throw invalid("stream", "no stream position for recipient '" + recipient + "'");
                }
            }
            JsonNode sy = object(root, "sync", "");
            members(sy, "sync.", "mode", "acknowledgements");
            String modeCode = text(sy, "mode", "sync.");
            Manifest.SyncMode mode = null;
            for (Manifest.SyncMode m : Manifest.SyncMode.values()) {
                if (m.code().equals(modeCode)) {
                    mode = m;
                }
            }
            if (mode == null) {
                throw invalid("sync.mode", "unknown mode '" + modeCode + "' (expected full or incremental)");
            }
            Map<String, Manifest.Acknowledgement> acks = new LinkedHashMap<>();
            JsonNode ak = object(sy, "acknowledgements", "sync.");
            for (Map.Entry<String, JsonNode> e : ak.properties()) {
                String at = "sync.acknowledgements." + e.getKey();
                if (!seen.contains(e.getKey())) {
                    throw invalid(at, "'" + e.getKey() + "' is not a recipient");
                }
                JsonNode a = objectValue(e.getValue(), at);
                members(a, at + ".", "sequence", "bundleId");
                acks.put(
                        e.getKey(),
                        new Manifest.Acknowledgement(whole(a, "sequence", at + ".", 1), uuid(a, "bundleId", at + ".")));
            }
            return new Manifest(
                    Manifest.FORMAT,
                    uuid(root, "bundleId", ""),
                    instant(root, "createdAt", ""),
                    sender,
                    recipients,
                    stream,
                    new Manifest.Sync(mode, acks),
                    label(object(root, "label", "")),
                    contents(array(root, "contents", "")));
        }

        private ReleaseLabel label(JsonNode l) throws BundleException {
            members(l, "label.", "policy", "classification", "releasableTo", "caveats", "originator");
            try {
                return new ReleaseLabel(
                        text(l, "policy", "label."),
                        text(l, "classification", "label."),
                        strings(array(l, "releasableTo", "label."), "label.releasableTo"),
                        strings(array(l, "caveats", "label."), "label.caveats"),
                        text(l, "originator", "label."));
            } catch (IllegalArgumentException e) {
                throw invalid("label", e.getMessage());
            }
        }

        private List<Manifest.Content> contents(JsonNode array) throws BundleException {
            List<Manifest.Content> out = new ArrayList<>();
            Set<String> paths = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String at = "contents[" + i + "]";
                JsonNode c = objectValue(array.get(i), at);
                members(c, at + ".", "path", "mediaType", "layer", "size", "sha256", "features", "tombstones");
                String path = text(c, "path", at + ".");
                if (!paths.add(path.toLowerCase(java.util.Locale.ROOT))) {
                    throw invalid(at + ".path", "'" + path + "' is listed twice");
                }
                Layer layer;
                try {
                    layer = Layer.fromTableName(text(c, "layer", at + "."));
                } catch (IllegalArgumentException e) {
                    throw invalid(at + ".layer", e.getMessage());
                }
                if (!layer.tableName().equals(c.get("layer").textValue())) {
                    throw invalid(at + ".layer", "must be written in lower case");
                }
                if (!path.equals(Manifest.Content.pathOf(layer))) {
                    throw invalid(
                            at + ".path",
                            "'" + path + "' is not the file of layer " + layer.tableName() + " ("
                                    + Manifest.Content.pathOf(layer) + ")");
                }
                String mediaType = text(c, "mediaType", at + ".");
                if (!mediaType.equals(Manifest.GEOJSON_MEDIA_TYPE)) {
                    throw invalid(at + ".mediaType", "'" + mediaType + "' is not " + Manifest.GEOJSON_MEDIA_TYPE);
                }
                long features = whole(c, "features", at + ".", 0);
                long tombstones = whole(c, "tombstones", at + ".", 0);
                if (tombstones > features) {
                    throw invalid(at + ".tombstones", "exceeds the feature count");
                }
                out.add(new Manifest.Content(
                        path,
                        mediaType,
                        layer,
                        whole(c, "size", at + ".", 0),
                        hex(c.get("sha256"), at + ".sha256"),
                        features,
                        tombstones));
            }
            return out;
        }

        private void members(JsonNode node, String at, String... names) throws BundleException {
            Set<String> expected = Set.of(names);
            Set<String> present = new TreeSet<>();
            node.fieldNames().forEachRemaining(present::add);
            for (String name : present) {
                if (!expected.contains(name)) {
                    throw invalid(at + name, "unknown field");
                }
            }
            for (String name : names) {
                if (!present.contains(name)) {
                    throw invalid(at + name, "missing");
                }
            }
        }

        private JsonNode object(JsonNode parent, String name, String at) throws BundleException {
            return objectValue(parent.get(name), at + name);
        }

        private JsonNode objectValue(JsonNode node, String field) throws BundleException {
            if (node == null || !node.isObject()) {
                throw invalid(field, "must be an object");
            }
            return node;
        }

        private JsonNode array(JsonNode parent, String name, String at) throws BundleException {
            JsonNode node = parent.get(name);
            if (node == null || !node.isArray()) {
                throw invalid(at + name, "must be an array");
            }
            return node;
        }

        private String text(JsonNode parent, String name, String at) throws BundleException {
            JsonNode node = parent.get(name);
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                throw invalid(at + name, "must be a non-empty string");
            }
            if (node.textValue().length() > 256) {
                throw invalid(at + name, "is longer than 256 characters");
            }
            return node.textValue();
        }

        private String nodeId(JsonNode parent, String name, String at) throws BundleException {
            return nodeIdValue(parent.get(name), at + name);
        }

        private String nodeIdValue(JsonNode node, String field) throws BundleException {
            if (node == null
                    || !node.isTextual()
                    || !NODE_ID.matcher(node.textValue()).matches()) {
                throw invalid(field, "must be a node id (letters, digits, '.', '_', ':', '-'; at most 64)");
            }
            return node.textValue();
        }

        private List<String> strings(JsonNode array, String field) throws BundleException {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode n = array.get(i);
                if (!n.isTextual() || n.textValue().isBlank()) {
                    throw invalid(field + "[" + i + "]", "must be a non-empty string");
                }
                out.add(n.textValue());
            }
            return out;
        }

        private long whole(JsonNode parent, String name, String at, long min) throws BundleException {
            JsonNode node = parent.get(name);
            // the canonical check has already turned 1.0 and 1e0 away; this refuses fractions and huge values
            if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
                throw invalid(at + name, "must be a whole number");
            }
            long value = node.longValue();
            if (value < min || value > (1L << 53)) {
                throw invalid(at + name, value + " is out of range (" + min + "..2^53)");
            }
            return value;
        }

        private String hex(JsonNode node, String field) throws BundleException {
            if (node == null
                    || !node.isTextual()
                    || !HEX_SHA256.matcher(node.textValue()).matches()) {
                throw invalid(field, "must be a lower-case hex SHA-256");
            }
            return node.textValue();
        }

        private UUID uuid(JsonNode parent, String name, String at) throws BundleException {
            JsonNode node = parent.get(name);
            if (node != null && node.isTextual()) {
                try {
                    UUID u = UUID.fromString(node.textValue());
                    if (u.toString().equals(node.textValue())) {
                        return u;
                    }
                } catch (IllegalArgumentException notAUuid) {
                    // refused below
                }
            }
            throw invalid(at + name, "must be a lower-case UUID");
        }

        private Instant instant(JsonNode parent, String name, String at) throws BundleException {
            JsonNode node = parent.get(name);
            if (node != null
                    && node.isTextual()
                    && UTC_TIME.matcher(node.textValue()).matches()) {
                try {
                    Instant t = Instant.parse(node.textValue());
                    if (t.toString().equals(node.textValue())) {
                        return t;
                    }
                } catch (DateTimeParseException notATime) {
                    // refused below
                }
            }
            throw invalid(at + name, "must be an RFC 3339 UTC time like 2026-11-24T10:15:30Z");
        }

        private BundleException invalid(String field, String reason) {
            return new BundleException(
                    BundleRefusal.MANIFEST_INVALID, bundle, BundleEntries.MANIFEST + ", field " + field, reason);
        }
    }
}
