package org.paxmap.interop;

import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * Builds the picture features foreign things map to, with the import's defaults (label, origin, modified-by) and the
 * picture's limits: a geometry must pass {@link GeometryValidator}, a name is at most 500 characters and a
 * description 20,000 (longer text is cut with an ellipsis, which the mapping names). Stateless.
 */
final class MappedFeatures {
    static final int MAX_NAME = 500;
    static final int MAX_DESCRIPTION = 20_000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private MappedFeatures() {}

    /** An incident; {@code source} and {@code description} may be empty. */
    static Incident incident(
            ForeignId id,
            ImportContext context,
            Point at,
            double precisionMetres,
            ForeignTime time,
            IncidentType type,
            Severity severity,
            String title,
            String description,
            Casualties casualties,
            String source)
            throws ItemProblem {
        check(Layer.INCIDENTS, at);
        return new Incident(
                id.uuid(),
                at,
                precisionMetres,
                time.millis(),
                time.precision(),
                type,
                severity,
                name(title),
                cut(description, MAX_DESCRIPTION),
                casualties,
                name(source),
                AdmiraltyGrade.UNGRADED,
                context.options().defaultLabel(),
                sync(context));
    }

    /** A planned patrol route along {@code line}. */
    static PatrolRoute route(
            ForeignId id, ImportContext context, LineString line, String name, String unit, Instant start, Instant end)
            throws ItemProblem {
        check(Layer.ROUTES, line);
        Instant from = millis(start);
        Instant to = end == null || end.isBefore(from) ? from : millis(end);
        return new PatrolRoute(
                id.uuid(),
                name(name),
                name(unit),
                line,
                from,
                to,
                RouteStatus.PLANNED,
                context.options().defaultLabel(),
                sync(context));
    }

    /** A zone over {@code area}. */
    static ThreatZone zone(
            ForeignId id,
            ImportContext context,
            Geometry area,
            ZoneShape shape,
            String name,
            ThreatLevel level,
            ZoneCategory category,
            Instant from,
            Instant until)
            throws ItemProblem {
        MultiPolygon multi;
        try {
            multi = ThreatZone.asMultiPolygon(area);
        } catch (IllegalArgumentException e) {
            throw new ItemProblem(e.getMessage());
        }
        check(Layer.ZONES, multi);
        Instant start = millis(from);
        Instant end = until == null || !until.isAfter(start) ? null : millis(until);
        return new ThreatZone(
                id.uuid(),
                name(name),
                multi,
                shape,
                level,
                category,
                start,
                end,
                context.options().defaultLabel(),
                sync(context));
    }

    private static void check(Layer layer, Geometry g) throws ItemProblem {
        Optional<String> problem = GeometryValidator.problem(layer, g);
        if (problem.isPresent()) {
            throw new ItemProblem(problem.get());
        }
    }

    private static SyncMeta sync(ImportContext context) {
        return SyncMeta.newLocal(context.options().nodeId(), context.options().user(), context.importTime());
    }

    /** A one-line name: whitespace runs folded to one space, cut at {@link #MAX_NAME}. */
    static String name(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        boolean plain = true; // no whitespace but single spaces: nothing to fold (the common case, no regex)
        for (int i = 1; i < t.length() && plain; i++) {
            char c = t.charAt(i);
            plain = !Character.isWhitespace(c) || (c == ' ' && t.charAt(i - 1) != ' ');
        }
        return cut(plain ? t : SPACES.matcher(t).replaceAll(" "), MAX_NAME);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + "…";
    }

    private static Instant millis(Instant t) {
        return Instant.ofEpochMilli(t.toEpochMilli());
    }
}
