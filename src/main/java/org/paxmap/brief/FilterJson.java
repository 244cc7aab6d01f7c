package org.paxmap.brief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.review.PictureFilter;

/**
 * The JSON form of a slide's {@link PictureFilter} without its time window: {@code {"types":[codes], "severities":
 * [codes], "reliabilities":["A"…], "credibilities":[1…], "labels":[{policy, classification, releasable_to, caveats,
 * originator}], "text":string|null}}, sets sorted so the form is canonical. Stateless.
 */
final class FilterJson {
    private static final Set<String> MEMBERS =
            Set.of("types", "severities", "reliabilities", "credibilities", "labels", "text");
    private static final Set<String> LABEL_MEMBERS =
            Set.of("policy", "classification", "releasable_to", "caveats", "originator");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FilterJson() {}

    static ObjectNode write(PictureFilter filter) {
        ObjectNode node = NODES.objectNode();
        filter.types().stream().map(IncidentType::code).sorted().forEach(node.putArray("types")::add);
        filter.severities().stream().sorted().map(Severity::code).forEach(node.putArray("severities")::add);
        filter.reliabilities().stream().sorted().map(String::valueOf).forEach(node.putArray("reliabilities")::add);
        filter.credibilities().stream().sorted().forEach(node.putArray("credibilities")::add);
        ArrayNode labels = node.putArray("labels");
        filter.labels().stream()
                .sorted(Comparator.comparing(FilterJson::sortKey))
                .forEach(l -> labels.add(label(l)));
        node.put("text", filter.text());
        return node;
    }

    static PictureFilter read(JsonFields slide) throws BriefException {
        JsonFields f = slide.object("filter", MEMBERS);
        Set<IncidentType> types = new LinkedHashSet<>();
        Set<Severity> severities = new LinkedHashSet<>();
        try {
            for (String code : f.strings("types")) {
                types.add(IncidentType.parse(code));
            }
            for (String code : f.strings("severities")) {
                severities.add(Severity.parse(code));
            }
        } catch (IllegalArgumentException e) {
            throw new BriefException(
                    f.where() + ": field '" + f.at("types") + "' or '" + f.at("severities") + "': " + e.getMessage());
        }
        Set<Character> reliabilities = new LinkedHashSet<>();
        for (String r : f.strings("reliabilities")) {
            if (r.length() != 1 || r.charAt(0) < 'A' || r.charAt(0) > 'F') {
                throw f.refuse("reliabilities", "holds '" + r + "'; source reliability is a letter A to F");
            }
            reliabilities.add(r.charAt(0));
        }
        Set<Integer> credibilities = new LinkedHashSet<>();
        for (JsonNode c : f.array("credibilities")) {
            if (!c.isInt() || c.intValue() < 1 || c.intValue() > 6) {
                throw f.refuse("credibilities", "holds " + c + "; information credibility is a digit 1 to 6");
            }
            credibilities.add(c.intValue());
        }
        List<JsonNode> labelNodes = f.array("labels");
        Set<ReleaseLabel> labels = new LinkedHashSet<>();
        for (int i = 0; i < labelNodes.size(); i++) {
            JsonFields l = JsonFields.of(labelNodes.get(i), f.where(), f.at("labels[" + i + "]"), LABEL_MEMBERS);
            try {
                labels.add(new ReleaseLabel(
                        l.text("policy", false),
                        l.text("classification", false),
                        l.strings("releasable_to"),
                        l.strings("caveats"),
                        l.text("originator", false)));
            } catch (IllegalArgumentException e) {
                throw new BriefException(f.where() + ": field '" + f.at("labels[" + i + "]") + "': " + e.getMessage());
            }
        }
        return new PictureFilter(
                null, null, types, severities, reliabilities, credibilities, labels, f.text("text", true));
    }

    private static ObjectNode label(ReleaseLabel label) {
        ObjectNode node = NODES.objectNode();
        node.put("policy", label.policy());
        node.put("classification", label.classification());
        label.releasableTo().forEach(node.putArray("releasable_to")::add);
        label.caveats().forEach(node.putArray("caveats")::add);
        node.put("originator", label.originator());
        return node;
    }

    private static String sortKey(ReleaseLabel l) {
        List<String> parts = new ArrayList<>(List.of(l.policy(), l.classification(), l.originator()));
        parts.addAll(l.releasableTo());
        parts.add("|");
        parts.addAll(l.caveats());
        return String.join("\u0000", parts);
    }
}
