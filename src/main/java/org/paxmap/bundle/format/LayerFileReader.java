package org.paxmap.bundle.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.NotPaxmapFeatureException;
import org.paxmap.geojson.RootNotObjectException;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * Reads one layer file of a bundle into features, strictly and within limits. Not thread-safe: one instance reads the
 * files of one bundle, so that it can refuse a feature id seen in an earlier file.
 *
 * <p>One pass over the bytes as they stream from the bundle file, by the project's strict {@link GeoJsonFeatureReader} in
 * its Paxmap-only mode ({@link GeoJsonFeatureReader#readPaxmapFeatures}): its parser works under {@link
 * StreamReadConstraints} built from {@link BundleLimits} (nesting depth, number length, string and name length,
 * document length; NaN and Infinity are not JSON and Jackson refuses them), every feature must be a Paxmap feature (it
 * has the {@code paxmap} member: a bundle never carries plain GeoJSON, whose features would be given fresh ids), and
 * each feature is decoded with {@code FeatureJson} and its geometry validated with {@code GeometryValidator};
 * tombstones ({@code "geometry": null} with {@code "paxmap": {"deleted": true}}) pass as they are. Then each feature
 * must belong to the file's layer and have an id not seen before in the bundle, and the positions of all the
 * bundle's features together stay within {@link BundleLimits#maxPositions()}.
 */
final class LayerFileReader {
    private final String bundle;
    private final StreamReadConstraints constraints;
    private final Map<UUID, String> seen;
    private final long maxPositions;
    private long positions;

    /**
     * @param seen feature id → the file it was read from, shared across the files of one bundle
     */
    LayerFileReader(String bundle, BundleLimits limits, Map<UUID, String> seen) {
        this.bundle = bundle;
        this.seen = seen;
        this.maxPositions = limits.maxPositions();
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxNumberLength(limits.maxNumberLength())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxEntryBytes())
                .build();
    }

    /** The features of {@code in} (not closed), the file {@code path} of {@code layer}; tombstones included. */
    List<Feature> read(String path, Layer layer, InputStream in) throws BundleException {
        List<Feature> features = new ArrayList<>();
        each(path, layer, in, features::add);
        return features;
    }

    /** How many features of a layer file, and how many of them tombstones. */
    record Counts(long features, long tombstones) {}

    /**
     * Reads {@code in} exactly as {@link #read} does, with the same checks and refusals, but only counts the
     * features and tombstones instead of keeping them.
     */
    Counts count(String path, Layer layer, InputStream in) throws BundleException {
        long[] counts = new long[2];
        each(path, layer, in, f -> {
            counts[0]++;
            if (f.sync().deleted()) {
                counts[1]++;
            }
        });
        return new Counts(counts[0], counts[1]);
    }

    /** Each feature of the file, in file order, checked (layer, id not seen before) before it reaches {@code sink}. */
    private void each(String path, Layer layer, InputStream in, java.util.function.Consumer<Feature> sink)
            throws BundleException {
        long[] index = new long[1];
        try {
            GeoJsonFeatureReader.readPaxmapFeatures(in, path, constraints, f -> {
                index[0]++;
                check(path, layer, index[0], f);
                sink.accept(f);
            });
        } catch (NotPaxmapFeatureException e) {
            throw new BundleException(
                    BundleRefusal.NOT_A_BUNDLE_FEATURE, bundle, path + ", feature " + e.feature(), e.reason(), e);
        } catch (GeoJsonException e) {
            throw refusal(path, e);
        } catch (Refused r) {
            throw r.refusal;
        }
    }

    private void check(String path, Layer layer, long index, Feature f) {
        String name = path + ", feature " + index + " (id " + f.id() + ")";
        if (f.layer() != layer) {
            throw new Refused(new BundleException(
                    BundleRefusal.WRONG_LAYER,
                    bundle,
                    name,
                    "a feature of layer " + f.layer().tableName() + " in the file of layer " + layer.tableName()));
        }
        positions += positions(f);
        if (positions > maxPositions) {
            throw new Refused(new BundleException(
                    BundleRefusal.TOO_MANY_POSITIONS,
                    bundle,
                    name + ", field geometry",
                    String.format(
                            java.util.Locale.ROOT,
                            "the bundle's features hold more than %,d positions together",
                            maxPositions)));
        }
        String earlier = seen.putIfAbsent(f.id(), path);
        if (earlier != null) {
            throw new Refused(new BundleException(
                    BundleRefusal.DUPLICATE_FEATURE,
                    bundle,
                    name,
                    "the id occurs twice in the bundle (also in " + earlier + ")"));
        }
    }

    /** The positions {@code f} holds: its geometry's, and a corridor's axis. */
    private static long positions(Feature f) {
        long n = f.geometry().getNumPoints();
        if (f instanceof org.paxmap.model.ThreatZone z && z.shape() instanceof org.paxmap.model.ZoneShape.Corridor c) {
            n += c.axis().getNumPoints();
        }
        return n;
    }

    /** Carries a refusal out of the reader's feature callback. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient BundleException refusal;

        Refused(BundleException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** The refusal of a read that failed: a limit, malformed JSON, a root that is not an object, or a feature. */
    private BundleException refusal(String path, GeoJsonException e) {
        if (e.getCause() instanceof EntryStream.Refused entry) {
            return entry.refusal; // the ZIP entry's data failed a check while it was parsed
        }
        if (e.getCause() instanceof StreamConstraintsException) {
            StreamConstraintsException limit = (StreamConstraintsException) e.getCause();
            return new BundleException(
                    BundleRefusal.JSON_LIMIT, bundle, path + at(limit.getLocation()), limit.getOriginalMessage(), e);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            JsonProcessingException malformed = (JsonProcessingException) e.getCause();
            return new BundleException(
                    BundleRefusal.JSON_MALFORMED,
                    bundle,
                    path + at(malformed.getLocation()),
                    "malformed JSON: " + malformed.getOriginalMessage(),
                    e);
        }
        if (e.getCause() instanceof IOException) {
            return new BundleException(BundleRefusal.JSON_MALFORMED, bundle, path, String.valueOf(e.getMessage()), e);
        }
        if (e instanceof RootNotObjectException) {
            return new BundleException(
                    BundleRefusal.FEATURE_INVALID, bundle, path, "the root must be a FeatureCollection object", e);
        }
        return new BundleException(BundleRefusal.FEATURE_INVALID, bundle, path, reason(e.getMessage(), path), e);
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The reader's message without its leading {@code path: }, which the refusal's subject carries. */
    private static String reason(String message, String path) {
        return message != null && message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message;
    }
}
