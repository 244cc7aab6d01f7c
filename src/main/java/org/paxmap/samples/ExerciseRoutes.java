package org.paxmap.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.RouteStatus;

/** Generates the exercise's twelve patrol routes. Thread-safe (stateless); the random source is the caller's. */
final class ExerciseRoutes {
    /** A route: its code, the (fictional) sub-unit that patrols it, and the real places it links, in order. */
    private record Plan(String code, String unit, String... places) {}

    private static final List<Plan> PLANS = List.of(
            new Plan("W1", "ITALBATT (EX) 1 Coy", "Naqoura", "Ras Naqoura", "Labbouneh", "Alma ash-Shaab"),
            new Plan("W2", "ITALBATT (EX) 2 Coy", "Chamaa", "Alma ash-Shaab", "Ramyah"),
            new Plan("W3", "GHANBATT (EX) A Coy", "Ramyah", "Aita ash-Shaab", "Rmeish"),
            new Plan("W4", "GHANBATT (EX) B Coy", "Yater", "Kafra", "Tebnine"),
            new Plan("W5", "KORBATT (EX) Recce Pl", "Tyre", "Qana", "Jouaiya"),
            new Plan("C1", "FRENCH FCR (EX) Mech Coy", "Tebnine", "Bint Jbeil", "Maroun al-Ras", "Yaroun"),
            new Plan("C2", "FRENCH FCR (EX) Recce Sqn", "Srifa", "Tebnine", "Kafra"),
            new Plan("C3", "MALBATT (EX) Patrol 2", "Bint Jbeil", "Aitaroun", "Blida", "Mays al-Jabal"),
            new Plan("E1", "INDBATT (EX) Alpha Coy", "Ibl al-Saqi", "Rashaya al-Fukhar", "Kfar Shouba", "Shebaa"),
            new Plan("E2", "SPANBATT (EX) 1st Coy", "Marjayoun", "Qlayaa", "Deir Mimas", "Kfar Kila"),
            new Plan("E3", "SPANBATT (EX) 2nd Coy", "Khiam", "Wazzani", "Ghajar"),
            new Plan("E4", "INDOBATT (EX) Patrol 5", "Houla", "Markaba", "Odaisseh", "Kfar Kila"));

    /** Statuses handed out over the twelve routes (shuffled): most done, some ahead, one under way, one called off. */
    private static final List<RouteStatus> STATUSES = List.of(
            RouteStatus.PLANNED,
            RouteStatus.PLANNED,
            RouteStatus.PLANNED,
            RouteStatus.ACTIVE,
            RouteStatus.CANCELLED,
            RouteStatus.COMPLETED,
            RouteStatus.COMPLETED,
            RouteStatus.COMPLETED,
            RouteStatus.COMPLETED,
            RouteStatus.COMPLETED,
            RouteStatus.COMPLETED,
            RouteStatus.COMPLETED);

    private ExerciseRoutes() {}

    static List<PatrolRoute> generate(SplittableRandom random, long seed) {
        List<RouteStatus> statuses = new ArrayList<>(STATUSES);
        for (int i = statuses.size() - 1; i > 0; i--) { // Fisher–Yates with the scenario's random source
            statuses.set(i, statuses.set(random.nextInt(i + 1), statuses.get(i)));
        }
        List<PatrolRoute> routes = new ArrayList<>(PLANS.size());
        for (int i = 0; i < PLANS.size(); i++) {
            Plan plan = PLANS.get(i);
            RouteStatus status = statuses.get(i);
            Instant start = plannedStart(random, status);
            Instant end = start.plus(Duration.ofMinutes(180 + 30L * random.nextInt(11)));
            routes.add(new PatrolRoute(
                    ExerciseScenario.id(seed, "route", i),
                    ExerciseScenario.MARK + " — Route " + plan.code() + " " + plan.places()[0] + "–"
                            + plan.places()[plan.places().length - 1],
                    plan.unit(),
                    Wgs84.FACTORY.createLineString(waypoints(random, plan)),
                    start,
                    end,
                    status,
                    ExerciseScenario.LABEL,
                    ExerciseScenario.sync()));
        }
        return routes;
    }

    /** Done or cancelled patrols lie in the period; planned ones start after it; the active one spans its end. */
    private static Instant plannedStart(SplittableRandom random, RouteStatus status) {
        return switch (status) {
            case PLANNED -> ExerciseScenario.END.plus(Duration.ofHours(5 + random.nextInt(60)));
            case ACTIVE -> ExerciseScenario.END.minus(Duration.ofMinutes(30 + 30L * random.nextInt(4)));
            case COMPLETED, CANCELLED ->
                ExerciseScenario.START
                        .plus(Duration.ofDays(random.nextInt(40)))
                        .plus(Duration.ofMinutes(5 * 60 + 30L * random.nextInt(28)));
        };
    }

    /**
     * 5–15 waypoints: each linked place, with points between them along the leg, offset sideways by up to 250 m as a
     * road would bend. Rounded to 1e-7°.
     */
    private static Coordinate[] waypoints(SplittableRandom random, Plan plan) {
        List<Place> places = List.of(plan.places()).stream().map(Place::named).toList();
        int legs = places.size() - 1;
        int total = Math.max(5, places.size() + random.nextInt(15 - places.size() + 1));
        int extra = total - places.size();
        List<Coordinate> points = new ArrayList<>(total);
        for (int leg = 0; leg < legs; leg++) {
            Place from = places.get(leg);
            Place to = places.get(leg + 1);
            points.add(coordinate(from.lon(), from.lat()));
            int between = extra / legs + (leg < extra % legs ? 1 : 0);
            for (int k = 1; k <= between; k++) {
                double f = (double) k / (between + 1);
                double sideways = (random.nextDouble() * 2 - 1) * 250;
                double dx = to.lon() - from.lon();
                double dy = to.lat() - from.lat();
                double length = Math.hypot(dx, dy);
                points.add(coordinate(
                        from.lon() + f * dx + MetricShapes.lonDegrees(-dy / length * sideways, from.lat()),
                        from.lat() + f * dy + MetricShapes.latDegrees(dx / length * sideways)));
            }
        }
        Place last = places.get(places.size() - 1);
        points.add(coordinate(last.lon(), last.lat()));
        return points.toArray(Coordinate[]::new);
    }

    private static Coordinate coordinate(double lon, double lat) {
        return new Coordinate(Wgs84.quantise(Coastline.landward(lon, lat)), Wgs84.quantise(lat));
    }
}
