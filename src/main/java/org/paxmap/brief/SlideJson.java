package org.paxmap.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.model.Layer;

/**
 * A slide's state as kept in {@code paxmap_slides.state}: RFC 8785 canonical JSON, an object with the members
 * {@code "format": "paxmap-slide/1"}, {@code "title"}, {@code "notes"}, {@code "hold_seconds"}, {@code "view"} (west,
 * south, east, north, zoom), {@code "base_map"} (string or null), {@code "layers"} (incidents, routes, zones),
 * {@code "filter"} (see {@link FilterJson}), {@code "grid"} and {@code "time"} ({@code "kind"}: none, fixed or
 * last_days; from, to, days). The id is the row's, not part of the state. Reading is
 * strict: every member must be present, none other, each of its type, duplicate keys refused; a refusal names the
 * briefing, the slide and the field. Stateless and thread-safe.
 */
public final class SlideJson {
    /** The format tag of a slide's state. */
    public static final String FORMAT = "paxmap-slide/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> MEMBERS =
            Set.of("format", "title", "notes", "hold_seconds", "view", "base_map", "layers", "filter", "grid", "time");
    private static final Set<String> VIEW = Set.of("west", "south", "east", "north", "zoom");
    private static final Set<String> LAYERS = Set.of("incidents", "routes", "zones");
    private static final Set<String> TIME = Set.of("kind", "from", "to", "days");

    private SlideJson() {}

    /** The canonical JSON text of {@code slide}'s state. */
    public static String write(Slide slide) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        node.put("title", slide.title());
        node.put("notes", slide.notes());
        node.put("hold_seconds", slide.holdSeconds());
        SlideView v = slide.view();
        node.putObject("view")
                .put("west", v.west())
                .put("south", v.south())
                .put("east", v.east())
                .put("north", v.north())
                .put("zoom", v.zoom());
        node.put("base_map", slide.baseMap());
        ObjectNode layers = node.putObject("layers");
        for (Layer layer : Layer.values()) {
            layers.put(layer.tableName(), slide.layers().contains(layer));
        }
        node.set("filter", FilterJson.write(slide.filter()));
        node.put("grid", slide.grid());
        TimeWindow t = slide.time();
        node.putObject("time")
                .put("kind", t.kind().name().toLowerCase(Locale.ROOT))
                .put("from", t.from() == null ? null : t.from().toString())
                .put("to", t.to() == null ? null : t.to().toString())
                .put("days", t.days());
        return CanonicalJson.string(node);
    }

    /**
     * Reads a slide's state strictly.
     *
     * @param where the place named in messages, e.g. {@code briefing 'Morning' in ops.gpkg, slide 2 (<id>)}
     * @throws BriefException naming {@code where} and the field, if the text is not a valid slide state
     */
    public static Slide read(UUID id, String json, String where) throws BriefException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BriefException(where + ": the slide state is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonFields f = JsonFields.of(root, where, "", MEMBERS);
        String format = f.text("format", false);
        if (!FORMAT.equals(format)) {
            throw f.refuse("format", "is '" + format + "', expected '" + FORMAT + "'");
        }
        try {
            return new Slide(
                    id,
                    f.text("title", false),
                    f.text("notes", false),
                    f.integer("hold_seconds"),
                    view(f.object("view", VIEW)),
                    f.text("base_map", true),
                    layers(f.object("layers", LAYERS)),
                    FilterJson.read(f),
                    f.bool("grid"),
                    time(f.object("time", TIME)));
        } catch (IllegalArgumentException e) {
            throw new BriefException(where + ": " + e.getMessage(), e);
        }
    }

    private static SlideView view(JsonFields v) throws BriefException {
        return new SlideView(
                v.number("west"), v.number("south"), v.number("east"), v.number("north"), v.number("zoom"));
    }

    private static Set<Layer> layers(JsonFields l) throws BriefException {
        Set<Layer> out = EnumSet.noneOf(Layer.class);
        for (Layer layer : Layer.values()) {
            if (l.bool(layer.tableName())) {
                out.add(layer);
            }
        }
        return out;
    }

    private static TimeWindow time(JsonFields t) throws BriefException {
        String kind = t.text("kind", false);
        TimeWindow.Kind k;
        try {
            k = TimeWindow.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw t.refuse("kind", "is '" + kind + "', expected none, fixed or last_days");
        }
        return new TimeWindow(k, instant(t, "from"), instant(t, "to"), t.integer("days"));
    }

    private static Instant instant(JsonFields t, String name) throws BriefException {
        String text = t.text(name, true);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw t.refuse(name, "is '" + text + "', not a UTC time such as 2026-11-24T00:00:00Z");
        }
    }
}
