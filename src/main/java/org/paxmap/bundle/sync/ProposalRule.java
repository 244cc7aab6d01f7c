package org.paxmap.bundle.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.VersionVector;

/**
 * Decides whether an incoming change of a held feature is applied or only recorded as a proposal for a person to
 * accept or reject: our features change only by our hand. Pure logic over model values; stateless and thread-safe.
 *
 * <p>Only a version that would change the feature's content (its content hash or whether it is deleted) can be a
 * proposal; one that only carries a newer vector for the same content applies. It is a proposal when:
 *
 * <ol>
 *   <li>it deletes a live threat zone — always, whoever sends it and whatever the sender may edit;
 *   <li>the feature originated at this node, unless a person allowed the sender to edit our features (two nodes of
 *       one team);
 *   <li>the feature is a third party's (neither ours nor the sender's) and the version advances the counter of a node
 *       other than its origin: someone who is not its origin changed it (the edit right is about our features only).
 * </ol>
 *
 * <p>The sender's own features (it is their origin) change as the sender says, as before.
 */
public final class ProposalRule {
    private ProposalRule() {}

    /**
     * The proposal in words ("FRA-HQ proposes to delete your zone 'Minefield North'"), or empty if the change applies.
     *
     * @param incoming the incoming version, which dominates or is concurrent with {@code held}
     * @param held the version this picture holds
     * @param localNode this picture's node id
     * @param sender the node that sent and signed the bundle
     * @param senderMayEdit whether a person allowed the sender to edit this node's features directly
     */
    public static Optional<String> proposal(
            Feature incoming, Feature held, String localNode, String sender, boolean senderMayEdit) {
        boolean deletes = incoming.sync().deleted() && !held.sync().deleted();
        boolean restores = !incoming.sync().deleted() && held.sync().deleted();
        boolean edits = !incoming.sync().deleted()
                && !held.sync().deleted()
                && !incoming.sync().contentSha256().equals(held.sync().contentSha256());
        if (!deletes && !restores && !edits) {
            return Optional.empty();
        }
        String origin = held.sync().origin();
        boolean zoneDeletion = deletes && held.layer() == Layer.ZONES;
        boolean ours = origin.equals(localNode);
        boolean thirdPartyByAnother = !ours
                && !origin.equals(sender)
                && advanced(incoming.sync().versions(), held.sync().versions()).stream()
                        .anyMatch(n -> !n.equals(origin));
        if (!zoneDeletion && !(ours && !senderMayEdit) && !thirdPartyByAnother) {
            return Optional.empty();
        }
        return Optional.of(words(incoming, held, localNode, sender));
    }

    /**
     * A proposal in words, against the version held: "FRA-HQ proposes to delete your zone 'Minefield North'", "…to
     * change DEU-CP's zone 'X' (name, threat_level)", "…to restore its route 'Y'". Raw text: show it through {@link
     * org.paxmap.text.OutsideText#visible}.
     */
    public static String words(Feature proposed, Feature held, String localNode, String proposer) {
        String origin = held.sync().origin();
        String whose = origin.equals(localNode) ? "your" : origin.equals(proposer) ? "its" : origin + "'s";
        String thing = whose + " " + held.layer().noun() + " '" + held.name() + "'";
        String verb;
        if (proposed.sync().deleted()) {
            verb = "delete " + thing;
        } else if (held.sync().deleted()) {
            verb = "restore " + thing;
        } else {
            verb = "change " + thing + changed(held, proposed);
        }
        return proposer + " proposes to " + verb;
    }

    /** The nodes whose counter {@code in} holds above {@code held}'s. */
    static Set<String> advanced(VersionVector in, VersionVector held) {
        Set<String> out = new TreeSet<>();
        in.asMap().forEach((node, counter) -> {
            if (counter > held.get(node)) {
                out.add(node);
            }
        });
        return out;
    }

    /** " (name, threat_level)": the fields that differ. */
    private static String changed(Feature held, Feature incoming) {
        Map<String, JsonNode> a = FeatureFields.of(held);
        Map<String, JsonNode> b = FeatureFields.of(incoming);
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<String> differ = new ArrayList<>();
        for (String k : keys) {
            if (!java.util.Objects.equals(a.get(k), b.get(k))) {
                differ.add(k);
            }
        }
        return differ.isEmpty() ? "" : " (" + String.join(", ", differ) + ")";
    }
}
