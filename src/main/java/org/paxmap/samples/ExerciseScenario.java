package org.paxmap.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.VersionVector;

/**
 * The EXERCISE scenario shipped in {@code samples/}: a fictional six-week picture of the UNIFIL area of operations in
 * southern Lebanon, between the Litani river and the Blue Line. Real town names and approximate positions; every
 * event, route and zone is invented for training, and marked so (titles and names start with {@value #MARK}, labels
 * have policy {@code EXERCISE}, descriptions say it is fictional).
 *
 * <p>Generation is a pure function of the seed: no clock, no environment, no hash-order dependence, so the same seed
 * gives equal features (and the same file bytes) on every machine. Immutable; the lists are unmodifiable.
 *
 * @param incidents the incidents, ordered by occurred-at, then id
 * @param routes the patrol routes, in route-number order
 * @param zones the threat zones, in zone-number order
 */
public record ExerciseScenario(List<Incident> incidents, List<PatrolRoute> routes, List<ThreatZone> zones) {

    /** The prefix of every title and name. */
    public static final String MARK = "EXERCISE";

    /** The picture title used when the sample is loaded. */
    public static final String TITLE = "EXERCISE — South Lebanon";

    /** The seed of the committed sample file. */
    public static final long DEFAULT_SEED = 20_260_901L;

    /** The node that "created" every exercise feature. */
    public static final String ORIGIN = "EXERCISE-HQ";

    /** Modified-by of every exercise feature. */
    public static final String MODIFIED_BY = "exercise-generator";

    /** Fixed modified-at of every exercise feature, also the scenario's "now" (route statuses are as of then). */
    public static final Instant AS_OF = Instant.parse("2026-10-13T00:00:00Z");

    /** Inclusive start of the incident period. */
    public static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

    /** Exclusive end of the incident period: six weeks after {@link #START}. */
    public static final Instant END = AS_OF;

    /** The area of operations box every geometry lies in: 35.10–35.90 E, 33.05–33.40 N. */
    public static final Envelope AREA = new Envelope(35.10, 35.90, 33.05, 33.40);

    /** The label of every exercise feature: policy EXERCISE, UNCLASSIFIED, releasable to all. */
    public static final ReleaseLabel LABEL = ReleaseLabel.exercise(ORIGIN);

    /** The sentence every incident description starts with. */
    public static final String FICTION_NOTE =
            "EXERCISE — fictional event for training; it did not happen and names no real person.";

    /** Copies the lists. */
    public ExerciseScenario {
        incidents = List.copyOf(incidents);
        routes = List.copyOf(routes);
        zones = List.copyOf(zones);
    }

    /** Generates the scenario for {@code seed}. */
    public static ExerciseScenario generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new ExerciseScenario(
                hashed(ExerciseIncidents.generate(random.split(), seed)),
                hashed(ExerciseRoutes.generate(random.split(), seed)),
                hashed(ExerciseZones.generate(seed)));
    }

    /** The features with their content hash filled in, as the origin node would have stored them. */
    @SuppressWarnings("unchecked")
    private static <F extends Feature> List<F> hashed(List<F> features) {
        return features.stream()
                .map(f -> (F) f.withSync(new SyncMeta(
                        f.sync().origin(),
                        f.sync().versions(),
                        FeatureJson.contentSha256(f),
                        f.sync().modifiedAt(),
                        f.sync().modifiedBy(),
                        false)))
                .toList();
    }

    /** All features: incidents, then routes, then zones. */
    public List<Feature> features() {
        List<Feature> all = new ArrayList<>(incidents.size() + routes.size() + zones.size());
        all.addAll(incidents);
        all.addAll(routes);
        all.addAll(zones);
        return all;
    }

    /** Sync metadata of every exercise feature: origin EXERCISE-HQ, version 1, fixed time, no hash yet. */
    static SyncMeta sync() {
        return new SyncMeta(ORIGIN, VersionVector.of(Map.of(ORIGIN, 1L)), "", AS_OF, MODIFIED_BY, false);
    }

    /** A stable id for the {@code index}-th feature of {@code kind} in the scenario of {@code seed}. */
    static UUID id(long seed, String kind, int index) {
        return UUID.nameUUIDFromBytes(("paxmap-exercise:" + seed + ":" + kind + ":" + index)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
