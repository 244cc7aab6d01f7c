package org.paxmap.samples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.model.Feature;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.VersionVector;

/**
 * Writes the pictures of the two sample partner nodes, {@code FRA-HQ} and {@code ITA-BN}, into {@code
 * <folder>/fra-hq/picture.geojson} and {@code <folder>/ita-bn/picture.geojson}: a small subset of the EXERCISE
 * scenario (west of {@value #SPLIT_LON}° E for FRA-HQ, east of it for ITA-BN), re-minted as features created by that
 * node (stable ids derived from the scenario's, origin and version {@code {NODE=1}}), so that each node may send them
 * to the other (a partner never re-exports a third party's data, and never accepts features in another origin's
 * name). Most carry the EXERCISE label; FRA-HQ also holds two features it must not release to ITA-BN (one {@code NATO
 * RESTRICTED // REL TO FRA}, one unmarked), so its export plan shows withheld features and why. Usage: {@code
 * PartnerSamples [folder]} (default {@code samples/partners}). Pure function of the scenario: byte-identical output.
 */
public final class PartnerSamples {
    /** FRA-HQ's features lie west of this longitude, ITA-BN's east of it. */
    public static final double SPLIT_LON = 35.35;

    /** The sample nodes: node id, organisation, folder name. */
    public static final List<List<String>> NODES =
            List.of(List.of("FRA-HQ", "FRA", "fra-hq"), List.of("ITA-BN", "ITA", "ita-bn"));

    /** The file each node folder holds its picture in. */
    public static final String PICTURE_FILE = "picture.geojson";

    private static final int INCIDENTS = 12;
    private static final int ROUTES = 2;
    private static final int ZONES = 2;
    private static final String MODIFIED_BY = "partner-samples";

    private PartnerSamples() {}

    /** The features of sample node {@code nodeId} ({@code FRA-HQ} or {@code ITA-BN}), in layer order. */
    public static List<Feature> features(String nodeId) throws GeoJsonException {
        ExerciseScenario scenario = ExerciseScenario.generate(ExerciseScenario.DEFAULT_SEED);
        boolean west = nodeId.equals("FRA-HQ");
        String organisation = west ? "FRA" : "ITA";
        Predicate<Feature> side = f -> (f.geometry().getCentroid().getX() < SPLIT_LON) == west;
        ReleaseLabel exercise = ReleaseLabel.exercise(organisation);
        List<Feature> out = new ArrayList<>();
        List<Feature> incidents = pick(scenario.incidents(), side, INCIDENTS + (west ? 2 : 0));
        for (int i = 0; i < incidents.size(); i++) {
            ReleaseLabel label = exercise;
            if (west && i == INCIDENTS) {
                label = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA"), List.of(), organisation);
            } else if (west && i == INCIDENTS + 1) {
                label = new ReleaseLabel("LOCAL", "UNMARKED", List.of(), List.of(), nodeId);
            }
            out.add(reminted(incidents.get(i), nodeId, label));
        }
        for (Feature f : pick(scenario.routes(), side, ROUTES)) {
            out.add(reminted(f, nodeId, exercise));
        }
        for (Feature f : pick(scenario.zones(), side, ZONES)) {
            out.add(reminted(f, nodeId, exercise));
        }
        return out;
    }

    private static List<Feature> pick(List<? extends Feature> features, Predicate<Feature> side, int count) {
        return features.stream().filter(side).limit(count).map(f -> (Feature) f).toList();
    }

    /** {@code f} as created by {@code nodeId}: a stable id of its own, origin and version, the label, the hash. */
    private static Feature reminted(Feature f, String nodeId, ReleaseLabel label) throws GeoJsonException {
        ObjectNode json = FeatureJson.toGeoJson(f);
        UUID id = UUID.nameUUIDFromBytes(
                ("paxmap-partner-sample:" + nodeId + ":" + f.id()).getBytes(StandardCharsets.UTF_8));
        json.put("id", id.toString());
        ObjectNode meta = (ObjectNode) json.get("paxmap");
        ObjectNode labelJson = meta.putObject("label");
        labelJson.put("policy", label.policy());
        labelJson.put("classification", label.classification());
        label.releasableTo().forEach(labelJson.putArray("releasableTo")::add);
        label.caveats().forEach(labelJson.putArray("caveats")::add);
        labelJson.put("originator", label.originator());
        Feature moved = FeatureJson.fromGeoJson(json, "partner sample " + id);
        return moved.withSync(new SyncMeta(
                nodeId,
                VersionVector.of(Map.of(nodeId, 1L)),
                FeatureJson.contentSha256(moved),
                ExerciseScenario.AS_OF,
                MODIFIED_BY,
                false));
    }

    /** Writes both nodes' pictures into {@code folder}, each replaced atomically; returns the files. */
    public static List<Path> writeInto(Path folder) throws IOException, GeoJsonException {
        List<Path> files = new ArrayList<>();
        for (List<String> node : NODES) {
            Path dir = Files.createDirectories(folder.resolve(node.get(2)));
            Path target = dir.resolve(PICTURE_FILE);
            Path partial = dir.resolve(PICTURE_FILE + ".partial");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                GeoJsonFeatureWriter.write(features(node.get(0)), out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            files.add(target);
        }
        return files;
    }

    /** Command-line entry point. */
    public static void main(String[] args) throws IOException, GeoJsonException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/partners");
        for (Path file : writeInto(folder)) {
            System.out.println("wrote " + file);
        }
    }
}
