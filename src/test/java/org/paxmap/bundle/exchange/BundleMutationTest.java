package org.paxmap.bundle.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bytes.Sha256;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;

/**
 * Property-based: mutants of a genuine bundle — byte flips, truncations, JSON values of a layer file or of the
 * manifest changed, dropped or added, the mutated files re-hashed into the manifest and re-signed with the sender's
 * real key so that they pass the signature — are imported through {@link BundleImport} one after the other, and for
 * every one: the outcome is an import or a refusal of the two kinds a bundle can be refused with ({@link
 * BundleException}, {@link ExchangeException}), in one line and never an internal error; a refusal leaves the store
 * checksum as it was (no partial import); and after an import every stored feature passes the model's validation (its
 * GeoJSON form reads back strictly; a live feature's geometry is valid) and the design's limits, checked here
 * independently of the code under test.
 *
 * <p>Each mutant is drawn from its own seed ({@link #SEED} + its number); a failure names the seed and the mutation,
 * so it can be replayed. The number of mutants ({@link #TRIES}, 600) keeps the run near half a minute on 2 cores;
 * {@code -Dpaxmap.mutants=N} runs more.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleMutationTest {
    private static final long SEED = 0x5eed_16L;
    private static final int TRIES = Integer.getInteger("paxmap.mutants", 600);
    private static final String INCIDENTS = "data/incidents.geojson";
    private static final String ZONES = "data/zones.geojson";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    @TempDir
    static Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    Path genuine;
    /** ITA's picture before any mutant: each mutant is imported into a fresh copy of it, so none masks another. */
    Path baseline;

    @BeforeAll
    void aGenuineBundleWithIncidentsZonesAnEditAndATombstone() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        ExchangeNode.pair(fra, ita);
        ReleaseLabel open = ReleaseLabel.exercise("FRA");
        Path stick = Files.createDirectories(dir.resolve("stick"));
        List<Feature> saved = fra.store.saveAll(List.of(
                fra.incident("Device at Naqoura", open),
                fra.incident("Roadblock near Tyre", open),
                fra.zone("Minefield Alpha", open)));
        ita.receive(fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL));
        fra.retitle(saved.get(0).id(), "Device at Naqoura, cleared");
        fra.store.delete(saved.get(1).id());
        fra.store.saveAll(List.of(fra.incident("Second device", open), fra.zone("Minefield Bravo", open)));
        genuine = fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL);
        HostileBundle b = HostileBundle.of(genuine);
        for (String path : List.of(INCIDENTS, ZONES)) {
            JsonNode layer = JSON.readTree(b.text(path));
            String before = layer.toString();
            rehashContent(layer);
            assertEquals(before, layer.toString(), "re-hashing the genuine " + path + " changes no hash");
        }
        baseline = dir.resolve("ita-baseline.gpkg");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ita.store.file());
                var st = c.createStatement()) {
            st.execute("VACUUM INTO '" + baseline + "'");
        }
    }

    @AfterAll
    void close() {
        fra.close();
        ita.close();
    }

    @Test
    void noMutantCausesAnInternalErrorAPartialImportOrInvalidStoredData() throws Exception {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (int i = 0; i < TRIES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            Mutant m = mutant(random, dir.resolve("mutant-" + i + ".paxb"));
            outcomes.merge(importChecked(m, seed), 1, Integer::sum);
        }
        System.out.println("BundleMutationTest: " + TRIES + " mutants: " + outcomes);
        // the mutations reach every stage: most are refused, some after a valid signature, some imported
        assertTrue(outcomes.getOrDefault(Outcome.REFUSED_BUNDLE, 0) > TRIES / 4, outcomes.toString());
        assertTrue(outcomes.getOrDefault(Outcome.IMPORTED, 0) > 0, outcomes.toString());
    }

    private enum Outcome {
        IMPORTED,
        REFUSED_BUNDLE,
        REFUSED_EXCHANGE
    }

    /** A mutated bundle file and what was done to it, for the failure message. */
    private record Mutant(Path file, String what) {}

    /** Imports {@code m}; fails naming the seed unless the properties hold. */
    private Outcome importChecked(Mutant m, long seed) throws Exception {
        String where = "seed " + seed + " (" + m.what() + ")";
        Path picture = Files.copy(baseline, dir.resolve("ita-" + seed + ".gpkg"));
        try (PictureStore target = PictureStore.open(picture)) {
            String before = StoreChecksum.of(picture);
            BundleImport importer = new BundleImport(target);
            try {
                importer.apply(importer.preview(m.file()));
            } catch (BundleException | ExchangeException e) {
                String message = e.getMessage();
                assertTrue(message != null && !message.isBlank(), where + ": a refusal says why");
                assertFalse(message.strip().contains("\n"), where + ": one line: " + message);
                assertFalse(message.contains("internal error"), where + ": " + message);
                assertEquals(before, StoreChecksum.of(picture), where + ": refused, the store is unchanged");
                return e instanceof BundleException ? Outcome.REFUSED_BUNDLE : Outcome.REFUSED_EXCHANGE;
            } catch (Exception | Error e) {
                fail(where + ": not a refusal but " + e, e);
            }
            for (Feature f : target.fullExport().features()) {
                holdable(f, where);
            }
            return Outcome.IMPORTED;
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(picture + suffix));
            }
        }
    }

    /**
     * The model's validation of a stored feature: its strict GeoJSON form reads back and its geometry is valid; and,
     * written out here independently of the code under test, the limits the design states: every time 1900–2200,
     * every coordinate a finite longitude and latitude in range, every string at most 20,000 characters (a
     * description) or 500, and valid Unicode.
     */
    private static void holdable(Feature f, String where) {
        ObjectNode json = FeatureJson.toGeoJson(f);
        try {
            FeatureJson.fromGeoJson(json, "stored feature " + f.id());
        } catch (Exception e) {
            fail(where + ": imported a feature the model cannot hold: " + e.getMessage(), e);
        }
        if (!f.sync().deleted()) {
            Optional<String> problem = GeometryValidator.problem(f.layer(), f.geometry());
            assertTrue(problem.isEmpty(), where + ": stored " + f.id() + " with " + problem);
        }
        List<Slot> leaves = new ArrayList<>();
        leaves(json, "", leaves);
        for (Slot s : leaves) {
            String at = where + ": stored " + f.id() + s.path() + " = " + abbreviate(s.value());
            if (s.value().isTextual()) {
                String t = s.value().textValue();
                assertTrue(t.length() <= (s.path().endsWith(".description") ? 20_000 : 500), at);
                assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(t), at + ": not Unicode");
                if (looksLikeTime(t)) {
                    Instant i = Instant.parse(t);
                    assertTrue(!i.isBefore(EARLIEST) && !i.isAfter(LATEST), at);
                }
            } else if (s.value().isNumber() && s.path().contains("coordinates")) {
                double d = s.value().doubleValue();
                boolean lon = s.path().endsWith("[0]");
                assertTrue(Double.isFinite(d) && Math.abs(d) <= (lon ? 180 : 90), at);
            }
        }
    }

    private static boolean looksLikeTime(String t) {
        return t.length() >= 20 && t.indexOf('-') >= 4 && t.contains("T") && t.endsWith("Z");
    }

    private Mutant mutant(SplittableRandom random, Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(genuine);
        switch (random.nextInt(6)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                Files.write(file, bytes);
                return new Mutant(file, flips + " byte(s) flipped");
            }
            case 1 -> {
                int length = random.nextInt(bytes.length);
                Files.write(file, java.util.Arrays.copyOf(bytes, length));
                return new Mutant(file, "truncated to " + length + " bytes");
            }
            case 2 -> {
                HostileBundle b = HostileBundle.of(genuine);
                JsonNode manifest = JSON.readTree(b.entries.get(HostileBundle.MANIFEST));
                String what = mutate(manifest, random);
                b.signManifest(CanonicalJson.bytes(manifest), fra.identity.kid(), fra.key);
                return new Mutant(b.write(file), "manifest re-signed: " + what);
            }
            default -> {
                String path = random.nextBoolean() ? INCIDENTS : ZONES;
                HostileBundle b = HostileBundle.of(genuine);
                JsonNode layer = JSON.readTree(b.text(path));
                String what = mutate(layer, random);
                boolean rehashed = random.nextInt(4) > 0;
                if (rehashed) {
                    rehashContent(layer);
                }
                b.replaceSigned(path, JSON.writeValueAsBytes(layer), fra.identity.kid(), fra.key);
                return new Mutant(
                        b.write(file),
                        path + (rehashed ? ", contents re-hashed," : "") + " re-hashed and re-signed: " + what);
            }
        }
    }

    /**
     * Gives each live feature of a layer file the content hash of its content as it now reads (the canonical JSON of
     * its geometry, properties and label), so that a mutated value passes the check that the hash is the content's and
     * reaches the content limits. Features too damaged to hash are left as they are.
     */
    private static void rehashContent(JsonNode layer) {
        JsonNode features = layer.get("features");
        if (features == null || !features.isArray()) {
            return;
        }
        for (JsonNode f : features) {
            if (f instanceof ObjectNode feature
                    && feature.get("paxmap") instanceof ObjectNode meta
                    && !meta.path("deleted").asBoolean(false)) {
                ObjectNode content = NODES.objectNode();
                content.set("geometry", feature.get("geometry"));
                content.set("properties", feature.get("properties"));
                content.set("label", meta.get("label"));
                try {
                    meta.put("contentSha256", Sha256.hex(CanonicalJson.bytes(content)));
                } catch (RuntimeException cannotBeHashed) {
                    // left with its old hash: refused for that
                }
            }
        }
    }

    /**
     * Mostly (two in three) replaces one scalar of {@code root} with a value that is wrong for it in a way a parser
     * may miss (a time far off, a number out of range, a string too long or not Unicode); else changes, drops or adds
     * a value anywhere. Says what.
     */
    private static String mutate(JsonNode root, SplittableRandom random) {
        if (random.nextInt(3) > 0) {
            List<Slot> leaves = new ArrayList<>();
            leaves(root, "", leaves);
            // a field first (the path without array indices: every field as likely as the many coordinates), then
            // one of its occurrences
            Map<String, List<Slot>> fields = new java.util.LinkedHashMap<>();
            for (Slot leaf : leaves) {
                fields.computeIfAbsent(leaf.path().replaceAll("\\[\\d+]", "[]"), k -> new ArrayList<>())
                        .add(leaf);
            }
            List<List<Slot>> groups = new ArrayList<>(fields.values());
            List<Slot> group = groups.get(random.nextInt(groups.size()));
            Slot slot = group.get(random.nextInt(group.size()));
            JsonNode value = edgeOf(slot.value(), random);
            slot.set(value);
            return slot.path() + " set to " + abbreviate(value);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        JsonNode value = hostileValue(random);
        if (parent instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(6) == 0) {
                object.set("x" + random.nextInt(1000), value);
                return "member added: " + abbreviate(value);
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(6) == 0) {
                object.remove(name);
                return "member '" + name + "' dropped";
            }
            object.set(name, value);
            return "member '" + name + "' set to " + abbreviate(value);
        }
        ArrayNode array = (ArrayNode) parent;
        if (array.isEmpty() || random.nextInt(6) == 0) {
            array.add(value);
            return "array element added: " + abbreviate(value);
        }
        int index = random.nextInt(array.size());
        if (random.nextInt(6) == 0) {
            array.remove(index);
            return "array element " + index + " dropped";
        }
        array.set(index, value);
        return "array element " + index + " set to " + abbreviate(value);
    }

    /** A scalar in its container: an object member or an array element. */
    private record Slot(JsonNode parent, String name, int index, String path, JsonNode value) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(name, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private static void leaves(JsonNode node, String path, List<Slot> into) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                String p = path + "." + e.getKey();
                if (e.getValue().isContainerNode()) {
                    leaves(e.getValue(), p, into);
                } else {
                    into.add(new Slot(o, e.getKey(), -1, p, e.getValue()));
                }
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                if (a.get(i).isContainerNode()) {
                    leaves(a.get(i), p, into);
                } else {
                    into.add(new Slot(a, null, i, p, a.get(i)));
                }
            }
        }
    }

    /** A value of the same kind as {@code v} at or beyond an edge. */
    private static JsonNode edgeOf(JsonNode v, SplittableRandom random) {
        if (v.isNumber()) {
            double[] edges = {1e308, -1e308, 180.0000001, -180.0000001, 90.0000001, -90.0000001, 180, -90, -1, 2e9};
            double edge = edges[random.nextInt(edges.length)];
            return NODES.numberNode(random.nextBoolean() ? edge : edge + v.doubleValue());
        }
        if (v.isTextual()) {
            String t = v.textValue();
            boolean time = looksLikeTime(t);
            String[] times = {
                "+1000000000-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z",
                "2200-01-01T00:00:01Z",
                "1900-01-01T00:00:00Z",
                "2199-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z"
            };
            return switch (random.nextInt(time ? 2 : 6)) {
                case 0 -> NODES.textNode(time ? times[random.nextInt(times.length)] : t + "\ud800");
                case 1 -> NODES.textNode(time ? t.replace("Z", "+02:00") : t.repeat(1 + 20_000 / (t.length() + 1)));
                case 2 -> NODES.textNode("y".repeat(random.nextBoolean() ? 501 : 20_001));
                case 3 -> NODES.textNode("\u001b[2K\r" + t + "\u202e");
                case 4 -> NODES.textNode(t.toUpperCase(java.util.Locale.ROOT));
                default -> NODES.textNode("");
            };
        }
        if (v.isBoolean()) {
            return NODES.booleanNode(!v.booleanValue());
        }
        return hostileValue(random);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }

    /** Values chosen to hit the edges: numbers out of range, times far off, long and hostile strings, wrong types. */
    private static JsonNode hostileValue(SplittableRandom random) {
        return switch (random.nextInt(20)) {
            case 0 -> NODES.numberNode(1e308);
            case 1 -> NODES.numberNode(-181.5);
            case 2 -> NODES.numberNode(91);
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(-0.0);
            case 5 -> NODES.textNode("+1000000000-01-01T00:00:00Z");
            case 6 -> NODES.textNode("1899-12-31T23:59:59Z");
            case 7 -> NODES.textNode("x".repeat(1 + random.nextInt(25_000)));
            case 8 -> NODES.textNode("\ud800 lone surrogate");
            case 9 -> NODES.textNode("\u001b[2K\r imported 15 features\u202e");
            case 10 -> NODES.textNode(UUID.randomUUID().toString());
            case 11 -> NODES.textNode("");
            case 12 -> NODES.nullNode();
            case 13 -> NODES.booleanNode(random.nextBoolean());
            case 14 -> NODES.objectNode();
            case 15 ->
                NODES.arrayNode()
                        .add(NODES.arrayNode().add(35.3).add(33.1).add(10).add(4));
            case 16 -> NODES.textNode("FRA-HQ");
            case 17 -> NODES.textNode("ITA-BN");
            case 18 -> NODES.numberNode(random.nextInt(5));
            default -> NODES.textNode("NATO SECRET");
        };
    }

    private static String abbreviate(JsonNode value) {
        String s = value.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
