package org.paxmap.bundle.format;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.bytes.Sha256;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.VersionVector;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/** A sender with a real Ed25519 key, realistic features of every layer, and helpers to build (hostile) bundles. */
final class BundleFixture {
    static final String SENDER_NODE = "FRA-HQ";
    static final String RECIPIENT = "ITA-BN-2";
    static final String KID = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";
    static final ReleaseLabel LABEL =
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "ITA"), List.of(), "FRA");

    final KeyPair keys = generate();
    final SenderIdentity sender =
            new SenderIdentity(SENDER_NODE, "Sector West HQ", "FRA", KID, keys.getPrivate(), keys.getPublic());
    final SignerKeys trust = kid ->
            kid.equals(KID) ? Optional.of(new TrustedSigner(SENDER_NODE, KID, keys.getPublic())) : Optional.empty();

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SyncMeta sync(boolean deleted) {
        return new SyncMeta(
                SENDER_NODE,
                VersionVector.of(Map.of(SENDER_NODE, deleted ? 4L : 3L, RECIPIENT, 1L)),
                "",
                Instant.parse("2026-09-02T08:15:30Z"),
                "cpt.martin",
                deleted);
    }

    static Incident incident(UUID id) {
        return new Incident(
                id,
                Wgs84.point(35.5123456, 33.2745678),
                250,
                Instant.parse("2026-09-01T10:30:00Z"),
                TimePrecision.EXACT,
                IncidentType.IED_UXO_FIND,
                Severity.HIGH,
                "IED found near checkpoint 7",
                "Pressure plate reported by patrol BLUE 3",
                new Casualties(0, 0, 0),
                "Patrol report",
                AdmiraltyGrade.parse("B2"),
                LABEL,
                sync(false));
    }

    static PatrolRoute route(UUID id) {
        LineString line = Wgs84.FACTORY.createLineString(new Coordinate[] {
            new Coordinate(35.40, 33.20), new Coordinate(35.45, 33.25), new Coordinate(35.50, 33.22)
        });
        return new PatrolRoute(
                id,
                "BLUE 3",
                "ITA-BN-2",
                line,
                Instant.parse("2026-09-03T06:00:00Z"),
                Instant.parse("2026-09-03T12:00:00Z"),
                RouteStatus.PLANNED,
                LABEL,
                sync(false));
    }

    static ThreatZone zone(UUID id, double west) {
        Polygon square = Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(west, 33.10),
            new Coordinate(west + 0.05, 33.10),
            new Coordinate(west + 0.05, 33.15),
            new Coordinate(west, 33.15),
            new Coordinate(west, 33.10)
        });
        return new ThreatZone(
                id,
                "Minefield M-12",
                ThreatZone.asMultiPolygon(square),
                new ZoneShape.Drawn(),
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                Instant.parse("2026-08-01T00:00:00Z"),
                null,
                LABEL,
                sync(false));
    }

    /** Two incidents, one route, three zones of which one is a tombstone. */
    static Map<Layer, List<Feature>> features() {
        Map<Layer, List<Feature>> out = new LinkedHashMap<>();
        out.put(Layer.INCIDENTS, List.of(incident(UUID.randomUUID()), incident(UUID.randomUUID())));
        out.put(Layer.ROUTES, List.of(route(UUID.randomUUID())));
        out.put(
                Layer.ZONES,
                List.of(
                        zone(UUID.randomUUID(), 35.30),
                        zone(UUID.randomUUID(), 35.40),
                        zone(UUID.randomUUID(), 35.50).withSync(sync(true))));
        return out;
    }

    static List<LayerFile> layerFiles(Map<Layer, List<Feature>> features) {
        List<LayerFile> files = new ArrayList<>();
        features.forEach((layer, list) -> files.add(LayerFile.of(layer, list)));
        return files;
    }

    static BundleRequest request() {
        return new BundleRequest(
                List.of(RECIPIENT),
                Map.of(RECIPIENT, new Manifest.StreamPosition(42, "ab".repeat(32))),
                new Manifest.Sync(
                        Manifest.SyncMode.INCREMENTAL,
                        Map.of(RECIPIENT, new Manifest.Acknowledgement(17, UUID.randomUUID()))),
                LABEL);
    }

    /** Writes a good bundle with {@link #features()} into {@code folder}. */
    Bundle writeGood(Path folder) throws Exception {
        return new BundleWriter(sender).writeInto(folder, request(), layerFiles(features()));
    }

    /** A manifest listing {@code files} (path → bytes) with the given feature and tombstone counts per file. */
    Manifest manifest(Map<Layer, byte[]> files, Map<Layer, long[]> counts) {
        List<Manifest.Content> contents = new ArrayList<>();
        files.forEach((layer, bytes) -> {
            long[] c = counts.getOrDefault(layer, new long[] {0, 0});
            contents.add(new Manifest.Content(
                    Manifest.Content.pathOf(layer),
                    Manifest.GEOJSON_MEDIA_TYPE,
                    layer,
                    bytes.length,
                    Sha256.hex(bytes),
                    c[0],
                    c[1]));
        });
        BundleRequest r = request();
        return new Manifest(
                Manifest.FORMAT,
                UUID.randomUUID(),
                Instant.parse("2026-09-04T12:00:00Z"),
                sender.sender(),
                r.recipients(),
                r.stream(),
                r.sync(),
                r.label(),
                contents);
    }

    /** The entries of a signed bundle: mimetype, manifest, signature (by this sender), then the files. */
    LinkedHashMap<String, byte[]> entries(Manifest manifest, Map<Layer, byte[]> files) throws Exception {
        byte[] manifestBytes = manifest.canonicalBytes();
        return entries(manifestBytes, ManifestSignature.sign(manifestBytes, KID, keys.getPrivate()), files);
    }

    static LinkedHashMap<String, byte[]> entries(byte[] manifestBytes, byte[] jws, Map<Layer, byte[]> files) {
        LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", BundleEntries.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/manifest.json", manifestBytes);
        if (jws != null) {
            entries.put("META-INF/manifest.jws", jws);
        }
        files.forEach((layer, bytes) -> entries.put(Manifest.Content.pathOf(layer), bytes));
        return entries;
    }

    /** Signs arbitrary bytes as a manifest with this sender's key. */
    byte[] sign(byte[] manifestBytes) throws Exception {
        return ManifestSignature.sign(manifestBytes, KID, keys.getPrivate());
    }

    PrivateKey privateKey() {
        return keys.getPrivate();
    }

    /** A layer file holding {@code features} of any layer (for wrong-layer tests), as the writer would write it. */
    static byte[] geojson(List<? extends Feature> features) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.paxmap.geojson.GeoJsonFeatureWriter.write(features, out);
        return out.toByteArray();
    }
}
