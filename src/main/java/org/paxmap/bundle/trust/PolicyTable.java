package org.paxmap.bundle.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredPolicy;

/**
 * The release policy table and the release decisions made with it (bundle brief §5). Immutable and thread-safe;
 * edits return a new table, which {@link #save} writes to the picture.
 *
 * <p>Every decision fails closed: a label whose policy, classification or releasability code the table does not
 * know, or that carries caveats (no rule here handles caveats), is never released, and such a label on import is
 * not accepted.
 *
 * <p>The built-in table ({@link #defaults()}) has the policies {@code EXERCISE} (UNCLASSIFIED), {@code NATO} (NATO
 * UNCLASSIFIED &lt; NATO RESTRICTED &lt; NATO CONFIDENTIAL &lt; NATO SECRET &lt; COSMIC TOP SECRET) and {@code UN}
 * (UNCLASSIFIED &lt; UN CONFIDENTIAL &lt; UN STRICTLY CONFIDENTIAL), all with the same codes: the groups {@code NATO}
 * (its 32 members) and {@code EU} (its 27 members), the organisation {@code UN}, and some nations that contribute to
 * UN missions. A picture whose table was never edited uses the built-in one.
 */
public final class PolicyTable {
    /** The format tag of an exported policy table. */
    public static final String FORMAT = "paxmap-policies/1";

    static final List<String> NATO_MEMBERS = List.of(
            "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA",
            "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR",
            "GBR", "USA");
    static final List<String> EU_MEMBERS = List.of(
            "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
            "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");
    private static final List<String> OTHER_CODES =
            List.of("UN", "LBN", "IDN", "IND", "GHA", "MYS", "NPL", "CHN", "KOR", "BRA", "BGD", "LKA", "CHE");

    private final Map<String, ReleasePolicy> policies;

    private PolicyTable(Map<String, ReleasePolicy> policies) {
        this.policies = java.util.Collections.unmodifiableMap(new TreeMap<>(policies));
    }

    /** A table of these policies (a later one replaces an earlier one of the same name). */
    public static PolicyTable of(Collection<ReleasePolicy> policies) {
        Map<String, ReleasePolicy> map = new TreeMap<>();
        policies.forEach(p -> map.put(p.name(), p));
        return new PolicyTable(map);
    }

    /** The built-in table (see the class description). */
    public static PolicyTable defaults() {
        Set<String> codes = new LinkedHashSet<>(OTHER_CODES);
        Map<String, Set<String>> groups = Map.of(
                "NATO", new LinkedHashSet<>(NATO_MEMBERS),
                "EU", new LinkedHashSet<>(EU_MEMBERS));
        return of(List.of(
                new ReleasePolicy("EXERCISE", List.of("UNCLASSIFIED"), codes, groups),
                new ReleasePolicy(
                        "NATO",
                        List.of(
                                "NATO UNCLASSIFIED",
                                "NATO RESTRICTED",
                                "NATO CONFIDENTIAL",
                                "NATO SECRET",
                                "COSMIC TOP SECRET"),
                        codes,
                        groups),
                new ReleasePolicy(
                        "UN", List.of("UNCLASSIFIED", "UN CONFIDENTIAL", "UN STRICTLY CONFIDENTIAL"), codes, groups)));
    }

    /** The picture's table: the stored one, or the built-in one if the user never edited it. */
    public static PolicyTable load(PictureStore store) throws TrustException, StoreException {
        List<StoredPolicy> stored = store.policies();
        if (stored.isEmpty()) {
            return defaults();
        }
        List<ReleasePolicy> out = new ArrayList<>();
        for (StoredPolicy s : stored) {
            String source = store.file() + " (paxmap_policies '" + s.name() + "')";
            out.add(ReleasePolicy.read(StrictJson.object(s.definition(), source), JsonPlace.of(source)));
        }
        return of(out);
    }

    /** Writes this table to the picture, replacing the stored one (one transaction). */
    public void save(PictureStore store) throws StoreException {
        List<StoredPolicy> rows = new ArrayList<>();
        policies.values()
                .forEach(p -> rows.add(new StoredPolicy(p.name(), p.toJson().toString())));
        store.replacePolicies(rows);
    }

    /** The policies by name. */
    public Map<String, ReleasePolicy> policies() {
        return policies;
    }

    /** The policy called {@code name} (case-insensitive). */
    public Optional<ReleasePolicy> policy(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(policies.get(name.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** This table with {@code policy} added or replacing the one of the same name. */
    public PolicyTable with(ReleasePolicy policy) {
        Map<String, ReleasePolicy> map = new TreeMap<>(policies);
        map.put(policy.name(), policy);
        return new PolicyTable(map);
    }

    /** This table without the policy called {@code name}. */
    public PolicyTable without(String name) {
        Map<String, ReleasePolicy> map = new TreeMap<>(policies);
        map.remove(name.trim().toUpperCase(java.util.Locale.ROOT));
        return new PolicyTable(map);
    }

    /** The exported form: {@code {"format":"paxmap-policies/1","policies":[...]}}, indented. */
    public String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        ArrayNode list = node.putArray("policies");
        policies.values().forEach(p -> list.add(p.toJson()));
        try {
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** Reads an exported table strictly; {@code source} (the file) is named in messages. */
    public static PolicyTable fromJson(String json, String source) throws TrustException {
        JsonPlace where = JsonPlace.of(source);
        ObjectNode node = StrictJson.object(json, source);
        StrictJson.members(
                node, StrictJson.ordered("format", "policies"), StrictJson.ordered("format", "policies"), where);
        String format = StrictJson.text(node, "format", where);
        if (!format.equals(FORMAT)) {
            throw new TrustException(source + ": field 'format' is '" + format + "', expected '" + FORMAT + "'");
        }
        JsonNode list = node.get("policies");
        if (!list.isArray()) {
            throw new TrustException(source + ": field 'policies' must be an array of policies");
        }
        Map<String, ReleasePolicy> map = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonPlace at = where.in("policies[" + i + "]");
            if (!list.get(i).isObject()) {
                throw new TrustException(source + ": policies[" + i + "] must be a JSON object");
            }
            ReleasePolicy p = ReleasePolicy.read((ObjectNode) list.get(i), at);
            if (map.put(p.name(), p) != null) {
                throw new TrustException(source + ": policy " + p.name() + " is defined twice");
            }
        }
        return new PolicyTable(map);
    }

    /**
     * Whether a feature with {@code label}, created by node {@code featureOrigin}, may be exported to {@code
     * partner} from node {@code ourNodeId}. Withheld, with the reason, if: the partner is suspended; the label's
     * policy, classification or a releasability code is unknown, or it carries caveats (fail closed); the feature
     * originated with a third party (neither us nor the partner: not re-exported by default); its classification is
     * above what the channel to the partner carries under that policy; or the partner holds no code within its REL TO
     * (groups count: REL TO NATO reaches a partner holding ITA).
     */
    public ReleaseDecision decide(ReleaseLabel label, String featureOrigin, Partner partner, String ourNodeId) {
        String who = "partner " + partner.nodeId();
        if (!partner.active()) {
            return ReleaseDecision.withheld(who + " is suspended");
        }
        Optional<String> unknown = unknown(label);
        if (unknown.isPresent()) {
            return ReleaseDecision.withheld(unknown.get());
        }
        if (!featureOrigin.equals(ourNodeId) && !featureOrigin.equals(partner.nodeId())) {
            return ReleaseDecision.withheld("it originated with node " + featureOrigin
                    + ", a third party, and third-party data is not re-exported");
        }
        ReleaseDecision channel = channelCarries(label, partner);
        if (!channel.releasable()) {
            return channel;
        }
        return within(label, policy(label.policy()).orElseThrow(), partner.heldCodes(), who);
    }

    /**
     * Whether the channel to {@code partner} may carry {@code label}: the channel carries the label's policy, and the
     * label's classification is at or below what it carries under it. Both ways: an export withholds what the channel
     * may not carry, an import refuses a bundle (or a feature) labelled above the channel to its sender. Fails closed
     * on a label or channel setting the policy table does not know.
     */
    public ReleaseDecision channelCarries(ReleaseLabel label, Partner partner) {
        String who = "partner " + partner.nodeId();
        Optional<String> unknown = unknown(label);
        if (unknown.isPresent()) {
            return ReleaseDecision.withheld(unknown.get());
        }
        ReleasePolicy policy = policy(label.policy()).orElseThrow();
        String carried = partner.channels().get(policy.name());
        if (carried == null) {
            return ReleaseDecision.withheld("the channel to " + who + " carries nothing under policy " + policy.name());
        }
        OptionalInt limit = policy.rank(carried);
        if (limit.isEmpty()) {
            return ReleaseDecision.withheld("the channel to " + who + " is set to " + carried + ", which policy "
                    + policy.name() + " does not know");
        }
        if (policy.rank(label.classification()).getAsInt() > limit.getAsInt()) {
            return ReleaseDecision.withheld(label.classification() + " is above " + carried
                    + ", the most the channel to " + who + " may carry");
        }
        return ReleaseDecision.release();
    }

    /**
     * The import-side check: whether {@code label} releases to a node holding {@code ourCodes} (our organisation and
     * the codes we hold). A feature arriving with a label that does not is over-released and refuses the bundle.
     */
    public ReleaseDecision releasableTo(ReleaseLabel label, Collection<String> ourCodes) {
        Optional<String> unknown = unknown(label);
        if (unknown.isPresent()) {
            return ReleaseDecision.withheld(unknown.get());
        }
        return within(
                label, policy(label.policy()).orElseThrow(), ourCodes, "us (" + String.join(", ", ourCodes) + ")");
    }

    /**
     * Whether a bundle's high-water label {@code bundle} covers a feature label {@code feature}: both known, the same
     * policy, the feature's classification at or below the bundle's, its caveats among the bundle's, and every code
     * in the bundle's REL TO within the feature's (a feature REL TO FRA inside a bundle REL TO FRA, ITA would be
     * released to ITA: not covered). A group in the bundle's REL TO is within the feature's only if the feature
     * releases to that group, to {@value ReleasePolicy#ALL}, or to each of its members.
     */
    public ReleaseDecision covers(ReleaseLabel bundle, ReleaseLabel feature) {
        Optional<String> unknown = unknown(bundle).or(() -> unknown(feature));
        if (unknown.isPresent()) {
            return ReleaseDecision.withheld(unknown.get());
        }
        ReleasePolicy policy = policy(bundle.policy()).orElseThrow();
        if (!policy.name().equals(policy(feature.policy()).orElseThrow().name())) {
            return ReleaseDecision.withheld("the feature's policy " + feature.policy()
                    + " differs from the bundle's policy " + bundle.policy());
        }
        if (policy.rank(feature.classification()).getAsInt()
                > policy.rank(bundle.classification()).getAsInt()) {
            return ReleaseDecision.withheld("the feature's classification " + feature.classification()
                    + " is above the bundle's " + bundle.classification());
        }
        for (String caveat : feature.caveats()) {
            if (!bundle.caveats().contains(caveat)) {
                return ReleaseDecision.withheld("the feature's caveat " + caveat + " is not on the bundle's label");
            }
        }
        for (String rel : bundle.releasableTo()) {
            if (!reaches(policy, feature.releasableTo(), rel)) {
                return ReleaseDecision.withheld("the bundle is releasable to " + rel + " but the feature is "
                        + (feature.releasableTo().isEmpty()
                                ? "releasable to no one"
                                : "only releasable to " + String.join(", ", feature.releasableTo())));
            }
        }
        return ReleaseDecision.release();
    }

    /**
     * Whether {@code label} may be shown to an audience named by one code (a briefing's audience): a nation or
     * organisation such as {@code ITA} or {@code UN}, or a group such as {@code NATO}. Withheld, with the reason, if
     * the label is unknown or caveated (fail closed), has no REL TO, or its REL TO does not reach the code — for a
     * group, every one of its members (REL TO FRA, DEU does not reach NATO; REL TO NATO or ALL does), as {@link
     * #covers} treats a group on a bundle's label.
     */
    public ReleaseDecision releasableToAudience(ReleaseLabel label, String code) {
        Optional<String> unknown = unknown(label);
        if (unknown.isPresent()) {
            return ReleaseDecision.withheld(unknown.get());
        }
        if (label.releasableTo().isEmpty()) {
            return ReleaseDecision.withheld("the label has no REL TO, so it is releasable to no one outside");
        }
        String audience = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!reaches(policy(label.policy()).orElseThrow(), label.releasableTo(), audience)) {
            return ReleaseDecision.withheld(
                    audience + " is not within REL TO " + String.join(", ", label.releasableTo()));
        }
        return ReleaseDecision.release();
    }

    /** Whether releasability {@code rel} reaches every code {@code code} stands for. */
    private static boolean reaches(ReleasePolicy policy, List<String> rel, String code) {
        if (rel.contains(ReleasePolicy.ALL) || rel.contains(code)) {
            return true;
        }
        if (code.equals(ReleasePolicy.ALL)) {
            return false;
        }
        Set<String> members = policy.groups().get(code);
        if (members == null) {
            return policy.within(rel, Set.of(code));
        }
        return !members.isEmpty() && members.stream().allMatch(m -> policy.within(rel, Set.of(m)));
    }

    private ReleaseDecision within(ReleaseLabel label, ReleasePolicy policy, Collection<String> held, String who) {
        if (label.releasableTo().isEmpty()) {
            return ReleaseDecision.withheld("the label has no REL TO, so it is releasable to no one outside");
        }
        if (!policy.within(label.releasableTo(), held)) {
            return ReleaseDecision.withheld(who + " is not within REL TO " + String.join(", ", label.releasableTo()));
        }
        return ReleaseDecision.release();
    }

    /** Why a label is not known to this table, if it is not. */
    private Optional<String> unknown(ReleaseLabel label) {
        Optional<ReleasePolicy> policy = policy(label.policy());
        if (policy.isEmpty()) {
            return Optional.of("policy " + label.policy() + " is not in the policy table (unknown labels are never"
                    + " released)");
        }
        if (policy.get().rank(label.classification()).isEmpty()) {
            return Optional.of("classification " + label.classification() + " is not known to policy "
                    + policy.get().name());
        }
        for (String code : label.releasableTo()) {
            if (!policy.get().knows(code)) {
                return Optional.of("releasability code " + code + " is not known to policy "
                        + policy.get().name());
            }
        }
        if (!label.caveats().isEmpty()) {
            return Optional.of("it carries the caveat " + String.join(", ", label.caveats())
                    + ", and no release rule handles caveats");
        }
        return Optional.empty();
    }
}
