package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.interop.ForeignSourceText;
import org.paxmap.model.Feature;
import org.paxmap.store.ForeignSource;
import org.paxmap.store.PictureStore;
import org.paxmap.store.Provenance;
import org.paxmap.store.StoreException;

/**
 * Where a feature came from, read from the picture for {@link ProvenanceView}: the node that created it (this one or
 * a partner), the foreign file an import brought it from (format, file, the source's own id), and every version a
 * bundle brought — which bundle, signed by whom, imported when, and how it was classified. Immutable.
 *
 * @param featureId the feature
 * @param ourNode this picture's node id
 * @param origin the node that created the feature, {@code null} if the feature is not stored
 * @param imports the imported versions, oldest first
 * @param partnerNames node id → display name of each known partner, for the words
 * @param foreignSource the foreign file an import last wrote the feature from, {@code null} if none
 */
public record ProvenanceFacts(
        UUID featureId,
        String ourNode,
        String origin,
        List<Provenance> imports,
        Map<String, String> partnerNames,
        ForeignSource foreignSource) {
    /** Copies the collections. */
    public ProvenanceFacts {
        Objects.requireNonNull(featureId, "featureId");
        Objects.requireNonNull(ourNode, "ourNode");
        imports = List.copyOf(imports);
        partnerNames = Map.copyOf(partnerNames);
    }

    /** Reads the provenance of feature {@code id}. Blocking store I/O: call it off the FX thread. */
    public static ProvenanceFacts read(PictureStore store, UUID id) throws StoreException, TrustException {
        Optional<Feature> feature = store.find(id);
        Map<String, String> names = new HashMap<>();
        for (Partner p : new TrustList(store).partners()) {
            names.put(p.nodeId(), p.identity().name());
        }
        return new ProvenanceFacts(
                id,
                store.nodeId(),
                feature.map(f -> f.sync().origin()).orElse(null),
                new ArrayList<>(store.provenance(id)),
                names,
                store.foreignSource(id).orElse(null));
    }

    /** Whether this node created the feature. */
    public boolean createdHere() {
        return ourNode.equals(origin);
    }

    /** A node id with the partner's name when it is known, e.g. {@code Italian battalion (ITA-BN)}. */
    public String who(String node) {
        if (node == null) {
            return "an unknown node";
        }
        if (node.equals(ourNode)) {
            return "this node (" + node + ")";
        }
        String name = partnerNames.get(node);
        return name == null ? "node " + node + " (not a partner now)" : name + " (" + node + ")";
    }

    /** The facts as lines of text, oldest first. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (origin == null) {
            lines.add("Feature " + featureId + " is not in this picture.");
            return shown(lines);
        }
        lines.add(createdHere() ? "Created here, by " + who(origin) + "." : "Created by " + who(origin) + ".");
        if (foreignSource != null) {
            lines.add("Source: " + ForeignSourceText.describe(foreignSource) + " (imported "
                    + Times.format(foreignSource.importedAt()) + ").");
        }
        for (Provenance p : imports) {
            String bundle = p.bundleId().length() > 8 ? p.bundleId().substring(0, 8) + "…" : p.bundleId();
            String kid = p.signerKeyId().length() > 10 ? p.signerKeyId().substring(0, 10) + "…" : p.signerKeyId();
            lines.add("Imported " + Times.format(p.importedAt()) + " from bundle " + bundle + ", signed by "
                    + who(p.signerNode()) + " with key " + kid + ": "
                    + p.outcome().toLowerCase(java.util.Locale.ROOT)
                    + (p.note() == null || p.note().isBlank() ? "." : " — " + p.note()));
        }
        if (imports.isEmpty()) {
            lines.add(createdHere() ? "Never changed by a partner's bundle." : "No import of it is recorded.");
        }
        return shown(lines);
    }

    /** Each line through {@link org.paxmap.text.OutsideText#visible}: node names and notes came from files. */
    private static List<String> shown(List<String> lines) {
        lines.replaceAll(line -> visible(line));
        return lines;
    }
}
