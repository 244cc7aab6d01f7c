package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paxmap.bundle.sync.FeatureFields;

/**
 * One field value of a feature, as the side-by-side conflict view shows it: short and readable, text through {@link
 * org.paxmap.text.OutsideText#visible}. Thread-safe.
 */
final class FieldText {
    private static final int MAX = 160;

    private FieldText() {}

    /** {@code value} of field {@code name} in words: text unquoted, a label in display form, a geometry summarised. */
    static String of(String name, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        if (FeatureFields.GEOMETRY.equals(name)) {
            return geometry(value);
        }
        if (FeatureFields.LABEL.equals(name)) {
            return visible(label(value));
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return visible(text.length() > MAX ? text.substring(0, MAX) + "…" : text);
    }

    private static String label(JsonNode label) {
        StringBuilder sb = new StringBuilder(label.path("policy").asText())
                .append(": ")
                .append(label.path("classification").asText());
        for (JsonNode caveat : label.path("caveats")) {
            sb.append(" // ").append(caveat.asText());
        }
        List<String> rel = new ArrayList<>();
        label.path("releasableTo").forEach(c -> rel.add(c.asText()));
        if (!rel.isEmpty()) {
            sb.append(" // REL TO ").append(String.join(", ", rel));
        }
        return sb.toString();
    }

    private static String geometry(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Point".equals(type) && coordinates.size() >= 2) {
            return String.format(
                    Locale.ROOT,
                    "point %.6f, %.6f (lon, lat)",
                    coordinates.get(0).asDouble(),
                    coordinates.get(1).asDouble());
        }
        int[] positions = {0};
        count(coordinates, positions);
        return type + " of " + positions[0] + " positions";
    }

    private static void count(JsonNode node, int[] positions) {
        if (node.isArray() && node.size() > 0 && node.get(0).isNumber()) {
            positions[0]++;
        } else {
            node.forEach(child -> count(child, positions));
        }
    }
}
