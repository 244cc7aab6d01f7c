package org.paxmap.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.TimePrecision;

/**
 * Many seeded incidents laid out as a real picture's are (as the store benchmark's): nine in ten inside a 10° by 10°
 * area of operations over the Levant and Egypt, the rest anywhere on the globe, with every type and severity.
 * Values, no I/O; the same seed gives the same incidents.
 */
public final class ManyIncidents {
    /** The area of operations' south-west corner and edge, in degrees. */
    public static final double AO_WEST = 30.0;

    public static final double AO_SOUTH = 28.0;
    public static final double AO_SIZE = 10.0;

    private ManyIncidents() {}

    /** {@code n} incidents created by {@code node}, drawn from {@code seed}. */
    public static List<Incident> seeded(int n, long seed, String node) {
        SplittableRandom random = new SplittableRandom(seed);
        IncidentType[] types = IncidentType.values();
        Severity[] severities = Severity.values();
        ReleaseLabel label = ReleaseLabel.exercise(node);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Incident> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean inside = random.nextInt(10) < 9;
            double lon = inside ? AO_WEST + random.nextDouble() * AO_SIZE : -180 + random.nextDouble() * 360;
            double lat = inside ? AO_SOUTH + random.nextDouble() * AO_SIZE : -85 + random.nextDouble() * 170;
            out.add(new Incident(
                    new UUID(random.nextLong(), random.nextLong()),
                    Wgs84.point(Wgs84.quantise(lon), Wgs84.quantise(lat)),
                    0,
                    start.plusSeconds(random.nextInt(365 * 86400)),
                    TimePrecision.EXACT,
                    types[random.nextInt(types.length)],
                    severities[random.nextInt(severities.length)],
                    "Seeded incident " + i,
                    "Generated for a test; no real event.",
                    Casualties.NONE,
                    "test",
                    new AdmiraltyGrade('B', 2),
                    label,
                    SyncMeta.newLocal(node, "tester", start)));
        }
        return out;
    }
}
