package org.paxmap.bundle.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * Reads one layer file of a bundle into features, strictly and within limits. Not thread-safe: one instance reads the
 * files of one bundle, so that it can refuse a feature id seen in an earlier file.
 *
 * <p>Two passes over the bytes (which are in memory already). The first streams the tokens with a Jackson parser
 * under {@link StreamReadConstraints} built from {@link BundleLimits} (nesting depth, number length, string and name
 * length; NaN and Infinity are not JSON and Jackson refuses them) and checks that every element of {@code features}
 * is a Paxmap feature (it has the {@code paxmap} member: a bundle never carries plain GeoJSON, whose features would be
 * given fresh ids). The second is the project's strict {@link GeoJsonFeatureReader}, which decodes each feature with
 * {@code FeatureJson} and validates its geometry with {@code GeometryValidator}; tombstones ({@code "geometry": null}
 * with {@code "paxmap": {"deleted": true}}) pass it as they are. Then each feature must belong to the file's layer and
 * have an id not seen before in the bundle.
 */
final class LayerFileReader {
    /** Only used for plain features, which the first pass has already refused; the reader needs one. */
    private static final ImportOptions OPTIONS = new ImportOptions(
            "bundle", "bundle", new ReleaseLabel("LOCAL", "UNMARKED", List.of(), List.of(), "LOCAL"), false, false);

    private final String bundle;
    private final JsonFactory factory;
    private final Map<UUID, String> seen;

    /**
     * @param seen feature id → the file it was read from, shared across the files of one bundle
     */
    LayerFileReader(String bundle, BundleLimits limits, Map<UUID, String> seen) {
        this.bundle = bundle;
        this.seen = seen;
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxDocumentLength(limits.maxEntryBytes())
                        .build())
                .build();
    }

    /** The features of {@code bytes}, the file {@code path} of {@code layer}; tombstones included. */
    List<Feature> read(String path, Layer layer, byte[] bytes) throws BundleException {
        firstPass(path, bytes);
        List<Feature> features = new ArrayList<>();
        try {
            GeoJsonFeatureReader.read(new ByteArrayInputStream(bytes), path, OPTIONS, features::add);
        } catch (GeoJsonException e) {
            throw new BundleException(BundleRefusal.FEATURE_INVALID, bundle, path, reason(e.getMessage(), path), e);
        }
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            String name = path + ", feature " + (i + 1) + " (id " + f.id() + ")";
            if (f.layer() != layer) {
                throw new BundleException(
                        BundleRefusal.WRONG_LAYER,
                        bundle,
                        name,
                        "a feature of layer " + f.layer().tableName() + " in the file of layer " + layer.tableName());
            }
            String earlier = seen.putIfAbsent(f.id(), path);
            if (earlier != null) {
                throw new BundleException(
                        BundleRefusal.DUPLICATE_FEATURE,
                        bundle,
                        name,
                        "the id occurs twice in the bundle (also in " + earlier + ")");
            }
        }
        return features;
    }

    /** Tokens within limits; the root an object; every element of {@code features} an object with {@code paxmap}. */
    private void firstPass(String path, byte[] bytes) throws BundleException {
        try (JsonParser p = factory.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BundleException(
                        BundleRefusal.FEATURE_INVALID, bundle, path, "the root must be a FeatureCollection object");
            }
            int feature = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken value = p.nextToken();
                if (member.equals("features") && value == JsonToken.START_ARRAY) {
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        feature++;
                        if (t != JsonToken.START_OBJECT || !hasPaxmapMember(p)) {
                            throw new BundleException(
                                    BundleRefusal.NOT_A_BUNDLE_FEATURE,
                                    bundle,
                                    path + ", feature " + feature,
                                    "not a Paxmap feature (no 'paxmap' member with origin, versions and label)");
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            while (p.nextToken() != null) {
                // reads to the end so that trailing garbage and limits beyond the root are found here
            }
        } catch (StreamConstraintsException e) {
            throw new BundleException(
                    BundleRefusal.JSON_LIMIT, bundle, path + at(e.getLocation()), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new BundleException(
                    BundleRefusal.JSON_MALFORMED,
                    bundle,
                    path + at(e.getLocation()),
                    "malformed JSON: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.JSON_MALFORMED, bundle, path, String.valueOf(e.getMessage()), e);
        }
    }

    /** Reads one feature object (the parser is on its START_OBJECT) and says whether it has a top-level paxmap. */
    private static boolean hasPaxmapMember(JsonParser p) throws IOException {
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (p.currentName().equals("paxmap")) {
                found = true;
            }
            p.nextToken();
            p.skipChildren();
        }
        return found;
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The reader's message without its leading {@code path: }, which the refusal's subject carries. */
    private static String reason(String message, String path) {
        return message != null && message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message;
    }
}
