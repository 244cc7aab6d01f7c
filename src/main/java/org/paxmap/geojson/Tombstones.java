package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * What a tombstone carries in a bundle, and nothing more: its id, {@code "geometry": null}, {@code properties} with
 * only its {@code layer}, and the {@code paxmap} member (origin, versions, the hash of the content it deleted,
 * modified-at/by, {@code deleted: true} and the label, which the release checks need). Its last content stays with the
 * nodes that held it: a deletion tells a partner that a feature is gone, not what it was. Stateless and thread-safe.
 *
 * <p>A tombstone read from a bundle becomes a model feature with empty content — the name "(deleted)", empty texts, the modification time
 * for every time, the lowest codes — that no one sees: the import puts the content the picture holds (if it holds the
 * feature) under the tombstone's sync metadata before classifying it, so that a deletion keeps what was deleted in the
 * picture's own history and in the words of a proposal.
 */
final class Tombstones {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The title or name of a tombstone read from a bundle, whose content the picture does not hold. */
    static final String NAME = "(deleted)";

    private Tombstones() {}

    /** The properties of {@code tombstone} in a bundle: its layer only. */
    static ObjectNode properties(Feature tombstone) {
        ObjectNode p = NODES.objectNode();
        p.put("layer", tombstone.layer().tableName());
        return p;
    }

    /** Refuses a tombstone's properties that hold more than its layer, naming the first other member. */
    static void checkProperties(JsonNode properties) throws FeatureProblem {
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("layer")) {
                throw new FeatureProblem(
                        "properties." + name,
                        "a tombstone (deleted: true) carries only its layer in its properties, not its last content");
            }
        }
    }

    /** The model feature of a tombstone read from a bundle: empty content under the given identity, label and sync. */
    static Feature of(Layer layer, UUID id, ReleaseLabel label, SyncMeta sync) {
        return switch (layer) {
            case INCIDENTS ->
                new Incident(
                        id,
                        Wgs84.FACTORY.createPoint((Coordinate) null),
                        0,
                        sync.modifiedAt(),
                        TimePrecision.EXACT,
                        IncidentType.OTHER,
                        Severity.LOW,
                        NAME,
                        "",
                        Casualties.NONE,
                        "",
                        AdmiraltyGrade.UNGRADED,
                        label,
                        sync);
            case ROUTES ->
                new PatrolRoute(
                        id,
                        NAME,
                        "",
                        Wgs84.FACTORY.createLineString(),
                        sync.modifiedAt(),
                        sync.modifiedAt(),
                        RouteStatus.PLANNED,
                        label,
                        sync);
            case ZONES ->
                new ThreatZone(
                        id,
                        NAME,
                        Wgs84.FACTORY.createMultiPolygon(),
                        new ZoneShape.Drawn(),
                        ThreatLevel.LOW,
                        ZoneCategory.OTHER,
                        sync.modifiedAt(),
                        null,
                        label,
                        sync);
        };
    }
}
