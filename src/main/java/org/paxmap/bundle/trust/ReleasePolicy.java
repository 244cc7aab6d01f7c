package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * One release policy, as in an ADatP-4774 label's {@code policy}: its classifications from lowest to highest, the
 * releasability codes it knows (nations, organisations), and its groups, each a code standing for its members (e.g.
 * {@code NATO} → the member nations). The code {@value #ALL} (releasable to everyone) is always known. Codes and
 * names are upper-case. Immutable and thread-safe.
 *
 * @param name the policy name used in labels, e.g. {@code NATO}
 * @param classifications from lowest to highest, e.g. {@code NATO UNCLASSIFIED} … {@code NATO SECRET}
 * @param codes known single releasability codes
 * @param groups group code → its member codes
 */
public record ReleasePolicy(
        String name, List<String> classifications, Set<String> codes, Map<String, Set<String>> groups) {
    /** The releasability code that releases to everyone. */
    public static final String ALL = "ALL";

    private static final Set<String> MEMBERS = StrictJson.ordered("name", "classifications", "codes", "groups");

    /** Normalises to upper case and copies; refuses an empty name or classification list, or duplicate levels. */
    public ReleasePolicy {
        name = upper(name);
        List<String> levels = classifications.stream().map(ReleasePolicy::upper).toList();
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("policy " + name + " has no classifications");
        }
        if (new LinkedHashSet<>(levels).size() != levels.size()) {
            throw new IllegalArgumentException("policy " + name + " lists a classification twice");
        }
        classifications = levels;
        Set<String> c = new LinkedHashSet<>();
        codes.forEach(code -> c.add(upper(code)));
        Map<String, Set<String>> g = new TreeMap<>();
        groups.forEach((group, members) -> {
            Set<String> m = new LinkedHashSet<>();
            members.forEach(code -> m.add(upper(code)));
            g.put(upper(group), Collections.unmodifiableSet(m));
            c.addAll(m); // a member of a known group is a known code
        });
        codes = Collections.unmodifiableSet(c);
        groups = Collections.unmodifiableMap(g);
    }

    /** The position of {@code classification} from 0 (lowest), or empty if the policy does not know it. */
    public OptionalInt rank(String classification) {
        int i = classification == null
                ? -1
                : classifications.indexOf(classification.trim().toUpperCase(Locale.ROOT));
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Whether {@code code} is {@value #ALL}, a known code or a group. */
    public boolean knows(String code) {
        return ALL.equals(code) || codes.contains(code) || groups.containsKey(code);
    }

    /** The codes {@code code} stands for: a group's members plus the group itself, else the code alone. */
    public Set<String> expand(String code) {
        Set<String> out = new LinkedHashSet<>();
        out.add(code);
        out.addAll(groups.getOrDefault(code, Set.of()));
        return out;
    }

    /**
     * Whether a holder of {@code held} codes is within the releasability {@code releasableTo}: it lists {@value
     * #ALL}, or a code held, or a group one of whose members is held (REL TO NATO reaches a holder of ITA).
     */
    public boolean within(Collection<String> releasableTo, Collection<String> held) {
        for (String rel : releasableTo) {
            if (ALL.equals(rel)) {
                return true;
            }
            for (String code : expand(rel)) {
                if (held.contains(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The policy as JSON: {@code {"name","classifications","codes","groups":{group:[members]}}}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", name);
        classifications.forEach(node.putArray("classifications")::add);
        Set<String> singles = new LinkedHashSet<>(codes);
        groups.values().forEach(singles::removeAll);
        singles.forEach(node.putArray("codes")::add);
        ObjectNode g = node.putObject("groups");
        groups.forEach((group, members) -> {
            ArrayNode a = g.putArray(group);
            members.forEach(a::add);
        });
        return node;
    }

    /** Reads one policy object strictly; {@code where} names the file and path in messages. */
    static ReleasePolicy read(ObjectNode node, JsonPlace where) throws TrustException {
        StrictJson.members(node, MEMBERS, StrictJson.ordered("name", "classifications"), where);
        String name = StrictJson.text(node, "name", where);
        List<String> classifications = StrictJson.strings(node, "classifications", where);
        List<String> codes = node.has("codes") ? StrictJson.strings(node, "codes", where) : List.of();
        Map<String, Set<String>> groups = new TreeMap<>();
        if (node.has("groups")) {
            ObjectNode g = StrictJson.object(node, "groups", where);
            JsonPlace in = where.in("groups");
            for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
                String group = it.next();
                groups.put(group, new LinkedHashSet<>(StrictJson.strings(g, group, in)));
            }
        }
        try {
            return new ReleasePolicy(name, classifications, new LinkedHashSet<>(codes), groups);
        } catch (IllegalArgumentException e) {
            throw new TrustException(where.file() + ": " + e.getMessage(), e);
        }
    }

    private static String upper(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("policy names, classifications and codes must not be empty");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
