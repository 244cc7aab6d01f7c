package org.paxmap.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * Reads GeoJSON (RFC 7946) into picture features: a FeatureCollection, a single Feature, or a bare geometry.
 * Thread-safe (stateless; each call has its own parser).
 *
 * <h2>Streaming</h2>
 *
 * The collection's {@code features} array is read one feature tree at a time with a Jackson {@link JsonParser}, each
 * tree within the budget of {@link BoundedTree} (a feature beyond it refuses the file before the rest of it is read),
 * and decoded in batches of at most 256 features or about 1,000,000 JSON values, so that memory is bounded whatever
 * the file holds; only the resulting {@link Feature} values are kept. Duplicate member names are refused ({@link
 * StreamReadFeature#STRICT_DUPLICATE_DETECTION}).
 *
 * <h2>Layers</h2>
 *
 * A feature written by Paxmap (it has the {@code paxmap} member) keeps its id, layer, fields, label and sync metadata
 * ({@link FeatureJson#fromGeoJson}). A plain feature becomes a feature of the layer its geometry type suggests — Point
 * → incidents, LineString → routes, Polygon/MultiPolygon → zones — unless a {@code layer} property ({@code incidents},
 * {@code routes}, {@code zones}) says otherwise (its geometry must then fit that layer). A plain feature whose {@code
 * id} is a UUID keeps it; any other id is recorded in a warning as its {@code source_id} and the feature gets a new
 * random UUID (the model has no free property bag).
 *
 * <h2>Properties of plain features, and defaults</h2>
 *
 * <ul>
 *   <li>incidents: {@code title} or {@code name} (default {@code "Imported point N"}, N = 1-based feature number);
 *       {@code description} or {@code notes}; time from {@code occurred_at}, {@code time}, {@code date}, {@code
 *       event_date}, {@code datetime} or {@code timestamp} — an RFC 3339 time with offset is exact, a date {@code
 *       2024-05-01} has day precision, a local date-time without offset is read as UTC; {@code time_precision} (code
 *       or ACLED 1 day / 2 week / 3 month, recorded as week) overrides; type from {@code type} or {@code
 *       sub_event_type} (codes or ACLED labels), or only {@code event_type}, recorded as the first sub-type of that
 *       event type (default {@code other}); {@code severity} (default {@code low}); {@code fatalities}, {@code
 *       casualties} or {@code casualties_low/best/high} (default none); {@code source}; {@code grade} like {@code B2}
 *       or {@code source_reliability} + {@code info_credibility} (default F6, ungraded); {@code precision_m}
 *       (default 0).
 *   <li>routes: {@code name} or {@code title} (default {@code "Imported line N"}), {@code unit}, {@code status}
 *       (default planned), {@code planned_start}, {@code planned_end} (default the start).
 *   <li>zones: {@code name} or {@code title} (default {@code "Imported area N"}), {@code threat_level} (default
 *       <em>moderate</em>: an unknown threat is not shown as low), {@code category} (default other), {@code
 *       valid_from}, {@code valid_until} (default open-ended).
 *   <li>label: from {@code classification} with {@code policy}, {@code releasable_to} (array or comma list), {@code
 *       caveats} and {@code originator} defaulting to the options' default label's; no classification → the
 *       default label.
 *   <li><b>Missing times are never invented precisely</b>: an incident without a time is put at the start of the
 *       import week with precision week; a route without a planned start, or a zone without valid-from, gets the
 *       import time. Either way one warning lists the features concerned.
 *   <li>Other properties are ignored. Bad values of known properties (unknown codes, unparseable times, negative
 *       counts) refuse the feature.
 * </ul>
 *
 * <h2>Refusals</h2>
 *
 * Malformed JSON (with line and column), a root that is not an object, a missing or unknown {@code type}, {@code
 * features} that is not an array, members that change a type's semantics (RFC 7946 §7.1, e.g. {@code coordinates}
 * on a Feature), bad {@code bbox} (not 4 or 6 numbers), a missing {@code properties} member or one that is not an
 * object or null, an {@code id} that is neither string nor number, a missing or null geometry (a picture feature needs
 * a place), MultiPoint / MultiLineString / GeometryCollection (no Paxmap layer holds them), non-numeric coordinates,
 * positions with fewer than two numbers or mixed dimensions, short lines and rings, unclosed rings, out-of-range or
 * non-finite coordinates, and polygons JTS finds invalid (repaired with GeometryFixer and a warning instead when
 * {@link ImportOptions#repair()}). Every message names the source, the feature (1-based number and id) and the field.
 * With {@link ImportOptions#skipInvalid()} a refused feature goes to {@link ImportPlan#refusals()} and the rest are
 * read; malformed JSON and a malformed root always refuse the whole file.
 *
 * <h2>Altitude and the antimeridian</h2>
 *
 * Positions with an altitude are accepted; the altitude is dropped with a warning. Coordinates are taken as written:
 * a line or polygon that crosses the antimeridian without being split at ±180° (RFC 7946 §3.1.9) is read the long way
 * round the globe, as JTS and every planar GIS read it. Such features are accepted (they may be what the author
 * meant, e.g. a latitude band) with a warning naming the feature whenever one segment spans more than 180° of
 * longitude; longitudes beyond ±180 are refused as out of range.
 */
public final class GeoJsonFeatureReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .build();
    private static final Set<String> GEOMETRY_TYPES = Set.of(
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    /** The options of {@link #readPaxmapFeatures}: only plain features use them, and it refuses those first. */
    private static final ImportOptions PAXMAP_ONLY = new ImportOptions(
            "bundle", "bundle", new ReleaseLabel("LOCAL", "UNMARKED", List.of(), List.of(), "LOCAL"), false, false);

    /** How many per-feature warnings a read lists before it only counts them. */
    static final int LISTED_WARNINGS = 100;

    private GeoJsonFeatureReader() {}

    /**
     * Reads a FeatureCollection, a Feature or a bare geometry from {@code in} (not closed).
     *
     * @param sourceName the file name, used in messages
     * @throws GeoJsonException naming the source, feature and field, and the reason, for the first refusal (or the
     *     malformed JSON); nothing is returned then
     */
    public static ImportPlan read(InputStream in, String sourceName, ImportOptions options) throws GeoJsonException {
        List<Feature> features = new ArrayList<>();
        ImportPlan plan = read(in, sourceName, options, features::add);
        return new ImportPlan(features, plan.refusals(), plan.warnings());
    }

    /**
     * Reads like {@link #read(InputStream, String, ImportOptions)} but hands each accepted feature to {@code sink}
     * as soon as it is read, so that a large file is never held in memory whole. A refusal found later still throws:
     * the caller must treat what the sink received as provisional until this method returns (the store's streaming
     * save rolls back its transaction then).
     *
     * @return the refusals and warnings; its feature list is empty
     */
    public static ImportPlan read(InputStream in, String sourceName, ImportOptions options, Consumer<Feature> sink)
            throws GeoJsonException {
        return read(in, sourceName, options, sink, null);
    }

    /**
     * Reads like {@link #read(InputStream, String, ImportOptions, Consumer)}, but a plain feature whose {@code id} is
     * not a UUID (or that has none) gets the id {@code foreignIds} gives it, so that importing the same file again
     * finds the same features. {@code null} keeps the default: a fresh random id, with a warning for a non-UUID id.
     */
    public static ImportPlan read(
            InputStream in, String sourceName, ImportOptions options, Consumer<Feature> sink, ForeignIds foreignIds)
            throws GeoJsonException {
        return read(in, sourceName, options, sink, foreignIds, Instant.now());
    }

    /**
     * Reads like {@link #read(InputStream, String, ImportOptions, Consumer, ForeignIds)}, a feature without a time
     * in the file given {@code importTime} (or its week's start, for an incident) instead of the clock's now.
     */
    public static ImportPlan read(
            InputStream in,
            String sourceName,
            ImportOptions options,
            Consumer<Feature> sink,
            ForeignIds foreignIds,
            Instant importTime)
            throws GeoJsonException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(options.defaultLabel(), "options.defaultLabel");
        Run run = new Run(sourceName, options, sink, importTime);
        run.foreignIds = foreignIds;
        return read(run, in, sourceName, MAPPER.getFactory());
    }

    /** The id of a plain feature that carries no UUID of its own. Called on the reading thread, in file order. */
    @FunctionalInterface
    public interface ForeignIds {
        /**
         * Answers the UUID the feature is kept under.
         *
         * @param sourceId the feature's own id as text, or {@code null} if it has none
         * @param number the feature's 1-based position in the file
         */
        UUID uuid(String sourceId, int number);

        /**
         * Told, before the feature reaches the sink, that the feature with id {@code id} had no time in the file and
         * was given the import's (the start of the import week for an incident, the import time otherwise).
         */
        default void timeless(UUID id) {}
    }

    /**
     * Reads features that Paxmap wrote, as a bundle's layer file carries them, in one pass: the parser works under
     * {@code limits} (nesting depth, number, string, name and document length; NaN and Infinity are not JSON), and
     * every feature must have the {@code paxmap} member. Otherwise it reads and refuses exactly as {@link
     * #read(InputStream, String, ImportOptions, Consumer)} does, tombstones ({@code "geometry": null} with {@code
     * "deleted": true}) included.
     *
     * @param sourceName the file name, used in messages
     * @param sink receives each feature in file order; provisional until this method returns
     * @throws NotPaxmapFeatureException if a feature lacks the {@code paxmap} member (plain GeoJSON)
     * @throws GeoJsonException for malformed JSON or a limit exceeded (its cause is then Jackson's {@link
     *     JsonProcessingException}, a {@link com.fasterxml.jackson.core.exc.StreamConstraintsException} for a limit),
     *     or naming the feature and field that refuses the file
     */
    public static void readPaxmapFeatures(
            InputStream in, String sourceName, StreamReadConstraints limits, Consumer<Feature> sink)
            throws GeoJsonException {
        Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(limits)
                .build();
        Run run = new Run(sourceName, PAXMAP_ONLY, sink, Instant.now());
        run.paxmapOnly = true;
        read(run, in, sourceName, factory);
    }

    private static ImportPlan read(Run run, InputStream in, String sourceName, JsonFactory factory)
            throws GeoJsonException {
        try (JsonParser parser = factory.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            run.root(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new GeoJsonException(
                    sourceName + ": malformed JSON"
                            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                            + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new GeoJsonException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
        return run.plan();
    }

    /** How many features of a collection are read ahead and decoded together on all cores. */
    private static final int BATCH = 256;

    /**
     * How many JSON values (and characters, eight to a value) the trees of a batch read ahead may hold before it is
     * decoded: about 50 MB of trees, whatever the size of the features.
     */
    private static final long BATCH_VALUES = 1_000_000;

    /** A feature decoded ahead of its turn: the feature or the problem that refuses it, and its warnings. */
    private static final class Decoded {
        private final List<String> warnings = new ArrayList<>(0);
        private Feature feature;
        private FeatureProblem problem;

        /** The decoded feature, or the problem thrown where the decoding would have thrown it. */
        Feature feature() throws FeatureProblem {
            if (problem != null) {
                throw problem;
            }
            return feature;
        }

        static Decoded of(Decoding decoding) {
            Decoded d = new Decoded();
            try {
                d.feature = decoding.decode(d.warnings);
            } catch (FeatureProblem p) {
                d.problem = p;
            }
            return d;
        }
    }

    /** A decoding that reports its warnings into the given list. */
    @FunctionalInterface
    private interface Decoding {
        Feature decode(List<String> warnings) throws FeatureProblem;
    }

    /** The state of one read. */
    private static final class Run {
        private final String source;
        private final ImportOptions options;
        private final PlainFeatureMapper mapper;
        private final Consumer<Feature> sink;
        private final List<String> refusals = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private int count;
        private int unlisted;
        private boolean bare;
        /** Refuse any feature without the {@code paxmap} member, as soon as it is read. */
        private boolean paxmapOnly;
        /** Ids for plain features without a UUID; {@code null} for fresh random ones. */
        private ForeignIds foreignIds;
        /** Reads each feature's tree within the budget of one feature. */
        private final BoundedTree tree = new BoundedTree();

        Run(String source, ImportOptions options, Consumer<Feature> sink, Instant importTime) {
            this.source = source;
            this.options = options;
            this.sink = sink;
            this.mapper = new PlainFeatureMapper(options, importTime);
        }

        /** Records a warning; past {@link #LISTED_WARNINGS} only counts it, so a huge file yields a short report. */
        private void warn(String warning) {
            if (warnings.size() < LISTED_WARNINGS) {
                warnings.add(warning);
            } else {
                unlisted++;
            }
        }

        ImportPlan plan() {
            if (unlisted > 0) {
                warnings.add(source + ": " + unlisted + " more warnings like the above");
            }
            List<String> timeless = mapper.timelessFeatures();
            if (!timeless.isEmpty()) {
                warnings.add(source + ": " + timeless.size() + " feature(s) have no time; incidents were put at the"
                        + " start of the import week (precision week), routes and zones at the import time: "
                        + abbreviate(timeless));
            }
            return new ImportPlan(List.of(), refusals, warnings);
        }

        void root(JsonParser parser) throws IOException, GeoJsonException {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RootNotObjectException(source + ": the root must be a JSON object, not " + tokenKind(first));
            }
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            tree.reset();
            boolean streamedFeatures = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("features") && value == JsonToken.START_ARRAY) {
                    // the type must be FeatureCollection, whether it came before or comes after
                    checkCollectionType(root, false);
                    List<JsonNode> batch = new ArrayList<>(BATCH);
                    long batchValues = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        tree.reset();
                        JsonNode feature = bounded(parser, "", count + batch.size() + 1);
                        batch.add(feature);
                        requirePaxmap(feature, count + batch.size());
                        batchValues += tree.values() + tree.chars() / 8;
                        if (batch.size() == BATCH || batchValues > BATCH_VALUES) {
                            features(batch);
                            batch.clear();
                            batchValues = 0;
                        }
                    }
                    features(batch);
                    streamedFeatures = true;
                    root.putArray("features"); // marks presence
                } else {
                    // the other members of the root share one budget: a single Feature's are the feature's
                    root.set(name, bounded(parser, name, 1));
                }
            }
            if (parser.nextToken() != null) {
                throw rootProblem("unexpected content after the root object");
            }
            JsonNode type = root.get("type");
            if (streamedFeatures) {
                checkCollectionType(root, true);
                collectionMembers(root);
                return;
            }
            if (type == null) {
                throw rootProblem("member 'type' is missing at the root");
            }
            if (!type.isTextual()) {
                throw rootProblem("root member 'type' must be a string, not " + GeometryJson.kind(type));
            }
            String t = type.textValue();
            if (t.equals("FeatureCollection")) {
                throw rootProblem(
                        root.has("features")
                                ? "member 'features' must be an array, not " + GeometryJson.kind(root.get("features"))
                                : "member 'features' of the FeatureCollection is missing");
            } else if (t.equals("Feature")) {
                feature(root);
            } else if (GEOMETRY_TYPES.contains(t)) {
                bareGeometry(root);
            } else {
                throw rootProblem("unknown type '" + t + "' (expected FeatureCollection, Feature or a geometry type)");
            }
        }

        /**
         * The value at the parser as a tree, within the budget of one feature; beyond it the file is refused naming
         * feature {@code number} and the member being read (nothing more of it is read).
         */
        private JsonNode bounded(JsonParser parser, String field, int number) throws IOException, GeoJsonException {
            try {
                return tree.read(parser, field);
            } catch (BoundedTree.Exceeded e) {
                throw new GeoJsonException(source + ": feature " + number + ", field " + e.field + ": " + e.reason);
            }
        }

        private void checkCollectionType(JsonNode root, boolean required) throws GeoJsonException {
            JsonNode type = root.get("type");
            if (type == null) {
                if (required) {
                    throw rootProblem("member 'type' is missing at the root (a 'features' array needs type"
                            + " FeatureCollection)");
                }
                return;
            }
            if (!type.isTextual() || !type.textValue().equals("FeatureCollection")) {
                throw rootProblem("a root of type " + (type.isTextual() ? type.textValue() : GeometryJson.kind(type))
                        + " must not have a 'features' member"
                        + " (only a FeatureCollection has one)");
            }
        }

        private void collectionMembers(JsonNode root) throws GeoJsonException {
            for (String banned : new String[] {"coordinates", "geometry", "geometries", "properties"}) {
                if (root.has(banned)) {
                    throw rootProblem("a FeatureCollection must not have a '" + banned + "' member (RFC 7946 §7.1)");
                }
            }
            try {
                GeometryJson.checkBbox(root, "");
                GeometryJson.checkCrs(root, "", paxmapOnly);
            } catch (FeatureProblem p) {
                throw rootProblem("member " + p.field() + " " + p.reason());
            }
        }

        private void bareGeometry(ObjectNode geometry) throws GeoJsonException {
            ObjectNode feature = JsonNodeFactory.instance.objectNode();
            feature.put("type", "Feature");
            feature.set("geometry", geometry);
            feature.putNull("properties");
            bare = true;
            feature(feature);
        }

        /**
         * Reads a batch of features of the collection, in order. The features Paxmap wrote are decoded and validated
         * on all cores first (that is pure: it depends on the feature alone); plain features, whose mapping counts
         * and draws fresh ids, are decoded here in order. Features, warnings and refusals come out in file order.
         */
        private void features(List<JsonNode> batch) throws GeoJsonException {
            Decoded[] decoded = new Decoded[batch.size()];
            if (batch.size() > 1) {
                IntStream.range(0, batch.size()).parallel().forEach(i -> {
                    JsonNode node = batch.get(i);
                    if (node.isObject() && node.has("paxmap")) {
                        decoded[i] = Decoded.of(warnings -> decode(node, null, warnings));
                    }
                });
            }
            for (int i = 0; i < batch.size(); i++) {
                feature(batch.get(i), decoded[i]);
            }
        }

        /** In a read of Paxmap features only, refuses feature number {@code number} unless it has the member. */
        private void requirePaxmap(JsonNode node, int number) throws NotPaxmapFeatureException {
            if (paxmapOnly && !(node.isObject() && node.has("paxmap"))) {
                throw new NotPaxmapFeatureException(
                        source, number, "not a Paxmap feature (no 'paxmap' member with origin, versions and label)");
            }
        }

        /** Reads one feature; refuses it (or records the refusal) naming the field. */
        private void feature(JsonNode node) throws GeoJsonException {
            feature(node, null);
        }

        /** Reads one feature, or takes its decoding done ahead; refuses it (or records the refusal) naming the field. */
        private void feature(JsonNode node, Decoded ahead) throws GeoJsonException {
            requirePaxmap(node, count + 1);
            count++;
            String name = featureName(node);
            List<String> featureWarnings = ahead != null ? ahead.warnings : new ArrayList<>(0);
            try {
                Feature f = ahead != null ? ahead.feature() : decode(node, name, featureWarnings);
                sink.accept(f);
                for (String w : featureWarnings) {
                    warn(source + ": " + name + ", " + w);
                }
            } catch (FeatureProblem p) {
                String message = source + ": " + name + ", field " + p.field() + ": " + p.reason();
                if (!options.skipInvalid()) {
                    throw new GeoJsonException(message);
                }
                refusals.add(message);
            }
        }

        private Feature decode(JsonNode node, String name, List<String> warn) throws FeatureProblem {
            if (!node.isObject()) {
                throw new FeatureProblem("feature", "must be a JSON object, not " + GeometryJson.kind(node));
            }
            JsonNode type = node.get("type");
            if (type == null || type.isNull()) {
                throw new FeatureProblem("type", "member 'type' is missing");
            }
            if (!type.isTextual() || !type.textValue().equals("Feature")) {
                throw new FeatureProblem("type", "expected \"Feature\", found " + GeometryJson.kind(type));
            }
            for (String banned : new String[] {"coordinates", "geometries", "features"}) {
                if (node.has(banned)) {
                    throw new FeatureProblem(banned, "a Feature must not have this member (RFC 7946 §7.1)");
                }
            }
            GeometryJson.checkBbox(node, "");
            JsonNode id = node.get("id");
            if (id != null && !id.isNull() && !id.isTextual() && !id.isNumber()) {
                throw new FeatureProblem("id", "must be a string or a number, not " + GeometryJson.kind(id));
            }
            if (!node.has("properties")) {
                throw new FeatureProblem(
                        "properties", "member 'properties' is missing (RFC 7946 requires it; use" + " null for none)");
            }
            JsonNode props = node.get("properties");
            if (!props.isNull() && !props.isObject()) {
                throw new FeatureProblem("properties", "must be an object or null, not " + GeometryJson.kind(props));
            }
            if (!node.has("geometry")) {
                throw new FeatureProblem("geometry", "member 'geometry' is missing");
            }
            if (node.get("geometry").isNull() && !node.has("paxmap")) {
                throw new FeatureProblem("geometry", "is null: a picture feature needs a place");
            }
            if (node.get("geometry").isObject()) {
                checkGeometryMembers(node.get("geometry"), "geometry");
            }
            if (node.has("paxmap")) {
                Feature f = FeatureJson.decode(node, warn::add);
                if (!f.sync().deleted()) {
                    Optional<String> problem = GeometryValidator.problem(f.layer(), f.geometry());
                    if (problem.isPresent()) {
                        throw new FeatureProblem("geometry", problem.get());
                    }
                }
                return f;
            }
            GeometryJson.checkCrs(node, "", false);
            Geometry geometry = GeometryJson.decode(node.get("geometry"), "geometry", warn::add);
            Layer layer = layer(props, geometry);
            geometry = checked(layer, geometry, warn);
            antimeridianWarning(geometry, warn);
            UUID uuid = uuid(id, warn);
            int timelessBefore = mapper.timelessFeatures().size();
            Feature mapped = mapper.map(layer, uuid, geometry, props, count, name);
            if (foreignIds != null && mapper.timelessFeatures().size() > timelessBefore) {
                foreignIds.timeless(uuid);
            }
            return mapped;
        }

        private static void checkGeometryMembers(JsonNode geometry, String field) throws FeatureProblem {
            for (String banned : new String[] {"properties", "geometry", "features"}) {
                if (geometry.has(banned)) {
                    throw new FeatureProblem(
                            field + "." + banned, "a geometry must not have this member (RFC 7946 §7.1)");
                }
            }
        }

        private Geometry checked(Layer layer, Geometry geometry, List<String> warn) throws FeatureProblem {
            Optional<String> problem = GeometryValidator.problem(layer, geometry);
            if (problem.isEmpty()) {
                return geometry;
            }
            boolean polygonal =
                    layer == Layer.ZONES && !(geometry instanceof Point) && !(geometry instanceof LineString);
            if (options.repair() && polygonal) {
                Geometry fixed = GeometryValidator.repair(geometry);
                Optional<String> still = GeometryValidator.problem(layer, fixed);
                if (still.isEmpty()) {
                    warn.add("field geometry: repaired with GeometryFixer (" + problem.get() + ")");
                    return fixed;
                }
                throw new FeatureProblem("geometry", problem.get() + "; repair failed: " + still.get());
            }
            throw new FeatureProblem("geometry", problem.get());
        }

        private static Layer layer(JsonNode props, Geometry geometry) throws FeatureProblem {
            if (props != null && props.hasNonNull("layer")) {
                String l = Fields.text(props, "layer", "properties.", null);
                try {
                    return Layer.fromTableName(l.trim());
                } catch (IllegalArgumentException e) {
                    throw new FeatureProblem("properties.layer", e.getMessage());
                }
            }
            return switch (geometry.getGeometryType()) {
                case "Point" -> Layer.INCIDENTS;
                case "LineString" -> Layer.ROUTES;
                default -> Layer.ZONES;
            };
        }

        private UUID uuid(JsonNode id, List<String> warn) {
            if (id == null || id.isNull()) {
                return foreignIds == null ? UUID.randomUUID() : foreignIds.uuid(null, count);
            }
            if (id.isTextual()) {
                try {
                    UUID u = UUID.fromString(id.textValue());
                    if (u.toString().equalsIgnoreCase(id.textValue())) {
                        return u;
                    }
                } catch (IllegalArgumentException notAUuid) {
                    // falls through: recorded as source_id
                }
            }
            if (foreignIds != null) {
                return foreignIds.uuid(id.asText(), count);
            }
            UUID fresh = UUID.randomUUID();
            warn.add("field id: not a UUID; kept as source_id " + id.asText() + ", new id " + fresh);
            return fresh;
        }

        private static void antimeridianWarning(Geometry geometry, List<String> warn) {
            if (geometry instanceof Point) {
                return;
            }
            // segment by segment within each line or ring: the last position of one polygon and the first of the
            // next are no segment (a MultiPolygon cut at the antimeridian has parts at +180 and -180)
            for (int part = 0; part < geometry.getNumGeometries(); part++) {
                Geometry g = geometry.getGeometryN(part);
                List<LineString> lines = new ArrayList<>();
                if (g instanceof Polygon polygon) {
                    lines.add(polygon.getExteriorRing());
                    for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
                        lines.add(polygon.getInteriorRingN(r));
                    }
                } else if (g instanceof LineString line) {
                    lines.add(line);
                }
                for (LineString line : lines) {
                    Coordinate[] cs = line.getCoordinates();
                    for (int i = 1; i < cs.length; i++) {
                        if (Math.abs(cs[i].x - cs[i - 1].x) > 180) {
                            warn.add("field geometry: a segment spans more than 180° of longitude (from " + cs[i - 1].x
                                    + " to " + cs[i].x + "); it is read the long way round, not across the"
                                    + " antimeridian");
                            return;
                        }
                    }
                }
            }
        }

        private String featureName(JsonNode node) {
            if (bare) {
                return "feature 1 (a bare geometry)";
            }
            JsonNode id = node.isObject() ? node.get("id") : null;
            String ids = id == null || id.isNull() || id.isContainerNode() ? "" : " (id " + id + ")";
            return "feature " + count + ids;
        }

        private GeoJsonException rootProblem(String reason) {
            return new GeoJsonException(source + ": " + reason);
        }

        private static String tokenKind(JsonToken token) {
            if (token == null) {
                return "an empty file";
            }
            return switch (token) {
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.asString();
            };
        }

        private static String abbreviate(List<String> names) {
            int shown = Math.min(5, names.size());
            String list = String.join("; ", names.subList(0, shown));
            return names.size() > shown ? list + "; and " + (names.size() - shown) + " more" : list;
        }
    }
}
