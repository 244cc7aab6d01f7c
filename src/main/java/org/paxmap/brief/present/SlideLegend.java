package org.paxmap.brief.present;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.EventType;
import org.paxmap.model.Layer;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.LegendEntry;
import org.paxmap.store.MapFeature;

/**
 * A slide's legend: only the symbols of the features drawn inside the map's frame, each with how many it stands for —
 * incidents by event type and by severity, zones by threat level, patrol routes. Stateless; any thread.
 */
final class SlideLegend {
    private SlideLegend() {}

    /**
     * The legend of the zones and routes in {@code features} and of the {@code incidents} {@code incidentMask} lets
     * through, counting those whose geometry meets {@code frame} (lon/lat).
     */
    static List<LegendEntry> of(
            Map<Layer, List<MapFeature>> features, List<MapFeature> incidents, BitSet incidentMask, Envelope frame) {
        Map<EventType, Integer> types = new EnumMap<>(EventType.class);
        int[] severities = new int[Severity.values().length];
        int[] threats = new int[ThreatLevel.values().length];
        int routes = 0;
        for (int i = incidentMask.nextSetBit(0); i >= 0; i = incidentMask.nextSetBit(i + 1)) {
            MapFeature f = incidents.get(i);
            if (frame.intersects(f.geometry().getEnvelopeInternal())) {
                EventType type = FeaturePainter.eventType(f.kind());
                if (type != null) {
                    types.merge(type, 1, Integer::sum);
                }
                severities[FeaturePainter.clampLevel(f.level())]++;
            }
        }
        for (MapFeature f : features.getOrDefault(Layer.ZONES, List.of())) {
            if (frame.intersects(f.geometry().getEnvelopeInternal())) {
                threats[FeaturePainter.clampLevel(f.level())]++;
            }
        }
        for (MapFeature f : features.getOrDefault(Layer.ROUTES, List.of())) {
            if (frame.intersects(f.geometry().getEnvelopeInternal())) {
                routes++;
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        types.forEach(
                (type, n) -> out.add(new LegendEntry(LegendEntry.Symbol.INCIDENT_TYPE, type, 2, type.label(), n)));
        for (Severity s : Severity.values()) {
            if (severities[s.ordinal()] > 0) {
                out.add(new LegendEntry(
                        LegendEntry.Symbol.SEVERITY,
                        null,
                        s.ordinal(),
                        words(s.name()) + " severity",
                        severities[s.ordinal()]));
            }
        }
        for (ThreatLevel t : ThreatLevel.values()) {
            if (threats[t.ordinal()] > 0) {
                out.add(new LegendEntry(
                        LegendEntry.Symbol.ZONE,
                        null,
                        t.ordinal(),
                        words(t.name()) + " threat zone",
                        threats[t.ordinal()]));
            }
        }
        if (routes > 0) {
            out.add(new LegendEntry(LegendEntry.Symbol.ROUTE, null, 0, "Patrol route", routes));
        }
        return out;
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
