package org.paxmap.samples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.model.TimePrecision;

/** Generates the exercise's incidents. Thread-safe (stateless); the random source is the caller's. */
final class ExerciseIncidents {
    /** How many incidents the scenario holds. */
    static final int COUNT = 300;

    /** A kind of incident, how often it occurs, how it reads, and whether it happens near the Blue Line. */
    private record Profile(
            IncidentType type, int weight, Severity severity, boolean border, boolean harmful, String... details) {}

    /** Who reported, and the Admiralty grades such a source plausibly earns. */
    private record Source(String text, String reliabilities, String credibilities, double precisionMetres) {}

    private static final List<Profile> PROFILES = List.of(
            new Profile(
                    IncidentType.CEASEFIRE_VIOLATION,
                    20,
                    Severity.MODERATE,
                    true,
                    false,
                    "small-arms fire across the Blue Line",
                    "anti-tank missile launch observed",
                    "rocket launch detected",
                    "UAV overflight observed",
                    "Blue Line crossing by shepherds"),
            new Profile(
                    IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK,
                    10,
                    Severity.HIGH,
                    true,
                    true,
                    "artillery impacts in open ground",
                    "mortar rounds landed at the village edge",
                    "rocket impacts reported"),
            new Profile(
                    IncidentType.AIR_DRONE_STRIKE,
                    5,
                    Severity.HIGH,
                    false,
                    true,
                    "drone strike on a vehicle",
                    "air strike on an open field",
                    "drone strike on an empty building"),
            new Profile(
                    IncidentType.IED_UXO_FIND,
                    14,
                    Severity.MODERATE,
                    false,
                    false,
                    "cluster submunition found in an orchard",
                    "UXO reported by a farmer",
                    "suspected IED reported on the roadside",
                    "mortar round found in an olive grove"),
            new Profile(
                    IncidentType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                    2,
                    Severity.HIGH,
                    true,
                    true,
                    "roadside device detonated",
                    "landmine detonation in a field"),
            new Profile(
                    IncidentType.CHECKPOINT_INCIDENT,
                    10,
                    Severity.LOW,
                    false,
                    false,
                    "patrol delayed at a checkpoint",
                    "vehicle failed to stop at a checkpoint",
                    "dispute over documents at a checkpoint"),
            new Profile(
                    IncidentType.FREEDOM_OF_MOVEMENT_RESTRICTION,
                    12,
                    Severity.MODERATE,
                    false,
                    false,
                    "patrol blocked by civilians",
                    "patrol route obstructed by parked vehicles",
                    "patrol asked to turn back by men in civilian clothes"),
            new Profile(
                    IncidentType.DEMONSTRATION,
                    7,
                    Severity.LOW,
                    false,
                    false,
                    "residents gathered on the main road",
                    "demonstration against patrol presence",
                    "sit-in at the municipality"),
            new Profile(
                    IncidentType.PEACEFUL_PROTEST,
                    3,
                    Severity.LOW,
                    false,
                    false,
                    "farmers protest over access to fields",
                    "protest over electricity cuts"),
            new Profile(
                    IncidentType.HUMANITARIAN_ACCESS_DENIAL,
                    7,
                    Severity.MODERATE,
                    false,
                    false,
                    "aid convoy turned back",
                    "mobile clinic denied access",
                    "water-tanker delivery blocked"),
            new Profile(
                    IncidentType.DISPLACEMENT,
                    3,
                    Severity.MODERATE,
                    false,
                    false,
                    "families leaving for Tyre",
                    "families moving north of the Litani"),
            new Profile(
                    IncidentType.ATTACK_ON_PEACEKEEPERS,
                    3,
                    Severity.HIGH,
                    false,
                    true,
                    "stones thrown at a patrol vehicle",
                    "patrol vehicle damaged by a crowd"),
            new Profile(
                    IncidentType.ARMED_CLASH,
                    2,
                    Severity.HIGH,
                    true,
                    true,
                    "exchange of fire between unidentified armed men"),
            new Profile(IncidentType.ARRESTS, 2, Severity.LOW, false, false, "army detained suspects after a find"));

    private static final List<Source> SOURCES = List.of(
            new Source("EXERCISE UNIFIL patrol report (fictional)", "AB", "12", 100),
            new Source("EXERCISE Observer Group Lebanon report (fictional)", "AB", "122", 200),
            new Source("EXERCISE army liaison report (fictional)", "BBC", "223", 500),
            new Source("EXERCISE municipality contact (fictional)", "CCD", "233", 1000),
            new Source("EXERCISE local media (fictional)", "CDF", "3346", 1500),
            new Source("EXERCISE social media post (fictional)", "DEF", "34566", 2500));

    private static final int TOTAL_WEIGHT =
            PROFILES.stream().mapToInt(Profile::weight).sum();

    private ExerciseIncidents() {}

    static List<Incident> generate(SplittableRandom random, long seed) {
        List<Place> border =
                Place.SOUTH_LEBANON.stream().filter(Place::nearBlueLine).toList();
        List<Incident> incidents = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            Profile profile = pickProfile(random);
            List<Place> places = profile.border() ? border : Place.SOUTH_LEBANON;
            Place place = places.get(random.nextInt(places.size()));
            Source source = SOURCES.get(random.nextInt(SOURCES.size()));
            TimePrecision precision = pickPrecision(random);
            Instant at = occurredAt(random, precision);
            double radius =
                    switch (precision) {
                        case EXACT -> source.precisionMetres();
                        case DAY -> Math.max(1000, source.precisionMetres());
                        case WEEK -> 5000;
                    };
            String detail = profile.details()[random.nextInt(profile.details().length)];
            incidents.add(new Incident(
                    ExerciseScenario.id(seed, "incident", i),
                    near(random, place, 2500),
                    radius,
                    at,
                    precision,
                    profile.type(),
                    severity(random, profile.severity()),
                    ExerciseScenario.MARK + " — " + profile.type().label() + " near " + place.name(),
                    ExerciseScenario.FICTION_NOTE + " " + capitalised(detail) + " near " + place.name() + ".",
                    casualties(random, profile.harmful()),
                    source.text(),
                    grade(random, source),
                    ExerciseScenario.LABEL,
                    ExerciseScenario.sync()));
        }
        incidents.sort(Comparator.comparing(Incident::occurredAt).thenComparing(Incident::id));
        return incidents;
    }

    private static Profile pickProfile(SplittableRandom random) {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Profile profile : PROFILES) {
            roll -= profile.weight();
            if (roll < 0) {
                return profile;
            }
        }
        throw new AssertionError("weights exhausted");
    }

    private static TimePrecision pickPrecision(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 70 ? TimePrecision.EXACT : roll < 92 ? TimePrecision.DAY : TimePrecision.WEEK;
    }

    /** A time in the period; day and week precision give the start of the day or ISO week (inside the period). */
    private static Instant occurredAt(SplittableRandom random, TimePrecision precision) {
        long seconds =
                Duration.between(ExerciseScenario.START, ExerciseScenario.END).toSeconds();
        Instant at = ExerciseScenario.START.plusSeconds(random.nextLong(seconds) / 60 * 60);
        return switch (precision) {
            case EXACT -> at;
            case DAY -> at.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> {
                Instant monday = at.atOffset(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.DAYS)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .toInstant();
                yield monday.isBefore(ExerciseScenario.START) ? monday.plus(Duration.ofDays(7)) : monday;
            }
        };
    }

    /**
     * A point within {@code metres} of {@code place}, uniform over the disc, rounded to 1e-7°. Near the Blue Line only
     * the northern half-disc is used, so that events stay on the Lebanese side; on the coast, points that would fall
     * in the sea are mirrored inland.
     */
    static org.locationtech.jts.geom.Point near(SplittableRandom random, Place place, double metres) {
        double r = metres * Math.sqrt(random.nextDouble());
        double bearing = random.nextDouble(2 * Math.PI);
        double north = r * Math.cos(bearing);
        if (place.nearBlueLine()) {
            north = Math.abs(north);
        }
        double lat = place.lat() + MetricShapes.latDegrees(north);
        double lon = place.lon() + MetricShapes.lonDegrees(r * Math.sin(bearing), place.lat());
        lon = Coastline.landward(lon, lat);
        lon = Math.min(Math.max(lon, ExerciseScenario.AREA.getMinX()), ExerciseScenario.AREA.getMaxX());
        lat = Math.min(Math.max(lat, ExerciseScenario.AREA.getMinY()), ExerciseScenario.AREA.getMaxY());
        return Wgs84.point(Wgs84.quantise(lon), Wgs84.quantise(lat));
    }

    private static Severity severity(SplittableRandom random, Severity base) {
        int shift = random.nextInt(10) < 2 ? 1 : random.nextInt(10) < 2 ? -1 : 0;
        int ordinal = Math.min(Math.max(base.ordinal() + shift, 0), Severity.values().length - 1);
        return Severity.values()[ordinal];
    }

    /** Mostly none; harmful kinds sometimes wound or kill one to three people. */
    private static Casualties casualties(SplittableRandom random, boolean harmful) {
        if (!harmful || random.nextInt(100) < 70) {
            return Casualties.NONE;
        }
        int best = 1 + random.nextInt(3);
        int low = best - random.nextInt(best + 1);
        return new Casualties(low, best, best + random.nextInt(3));
    }

    private static AdmiraltyGrade grade(SplittableRandom random, Source source) {
        char reliability = source.reliabilities()
                .charAt(random.nextInt(source.reliabilities().length()));
        char credibility = source.credibilities()
                .charAt(random.nextInt(source.credibilities().length()));
        return new AdmiraltyGrade(reliability, credibility - '0');
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
