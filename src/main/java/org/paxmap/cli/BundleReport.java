package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.paxmap.bundle.exchange.ExportPlan;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.exchange.Withheld;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.PlannedFeature;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.text.OutsideText;

/**
 * How {@code paxmap bundle} prints export plans, signers, manifests and import previews. Every name, organisation, key
 * id, path, reason and warning that came from a bundle, a key file or a feature is printed through {@link
 * OutsideText#visible}. Stateless.
 */
final class BundleReport {
    private BundleReport() {}

    /** The layer's table name: incidents, routes, zones. */
    static String layer(Layer layer) {
        return layer.tableName();
    }

    /** One feature: layer, id and name. */
    static String feature(Feature f) {
        return layer(f.layer()) + " " + f.id() + " '" + visible(f.name()) + "'";
    }

    /** What an export carries per layer, its label, and every withheld feature with its reason. */
    static void plan(PrintWriter out, ExportPlan plan) {
        Partner to = plan.partner();
        out.println("export to " + visible(to.nodeId()) + " ("
                + visible(to.identity().name()) + ", "
                + visible(to.identity().organisation())
                + "), " + plan.mode().code() + ": " + plan.included().size() + " features, " + plan.tombstones()
                + " tombstones, " + plan.withheld().size() + " withheld");
        out.println("  label:    " + visible(plan.label().displayForm()));
        Map<Layer, long[]> perLayer = new EnumMap<>(Layer.class);
        for (Layer l : Layer.values()) {
            perLayer.put(l, new long[2]);
        }
        for (Feature f : plan.included()) {
            long[] counts = perLayer.get(f.layer());
            counts[0]++;
            if (f.sync().deleted()) {
                counts[1]++;
            }
        }
        perLayer.forEach(
                (l, c) -> out.printf(Locale.ROOT, "  %-10s %4d features, %d tombstones%n", layer(l) + ":", c[0], c[1]));
        if (plan.included().isEmpty()) {
            out.println("  nothing to send: the bundle carries only the stream position and acknowledgements");
        }
        if (plan.releasableByPolicy().size() > 1) {
            StringBuilder policies = new StringBuilder();
            plan.releasableByPolicy().forEach((p, n) -> policies.append(policies.length() == 0 ? "" : ", ")
                    .append(visible(p))
                    .append(' ')
                    .append(n));
            out.println("  releasable per policy: " + policies + " (a bundle carries one; choose with --policy)");
        }
        plan.withheldByReason()
                .forEach((reason, n) -> out.printf(Locale.ROOT, "  withheld %4d: %s%n", n, visible(reason)));
        for (Withheld w : plan.withheld()) {
            out.println("  withheld: " + visible(w.describe()));
        }
    }

    /** Who signed the bundle, with the fingerprint to compare against the partner's card. */
    static void signer(PrintWriter out, ImportPreview preview) {
        Partner p = preview.signer();
        out.println("verified " + visible(preview.bundle().file().getFileName()) + ": signed by "
                + visible(p.nodeId()) + " (" + visible(p.identity().name()) + ", "
                + visible(p.identity().organisation()) + ")");
        out.println("  fingerprint: " + p.identity().fingerprint().digits());
        out.println("  thumbprint:  " + visible(p.kid()));
        preview.certification()
                .ifPresent(c -> out.println("  " + visible(c) + ", which vouches that the key is node "
                        + visible(p.nodeId()) + " of " + visible(p.identity().organisation())
                        + " (not a partner of this picture: accepted on the root's certificate)"));
        preview.rootRevocations()
                .forEach(r -> out.println("  root revocation list " + r.version() + " carried: "
                        + r.nodes().size() + " node key(s) revoked"
                        + (r.rootSince() == null ? "" : ", the root" + " itself from " + r.rootSince())));
        out.println("  the signature is valid and every file matches the signed manifest: nothing was altered");
        out.println(
                preview.encrypted()
                        ? "  encrypted to this node's key: it was unreadable to anyone else on the way"
                        : "  NOT encrypted: anyone who had the file could read it");
        preview.keyStatements().forEach(s -> out.println("  key change: " + visible(s.describe())));
    }

    /** The signed manifest's facts. */
    static void manifest(PrintWriter out, Manifest m) {
        out.println("bundle:       " + m.bundleId());
        out.println("created:      " + m.createdAt());
        out.println("sender:       " + visible(m.sender().nodeId()) + " ("
                + visible(m.sender().name()) + ", " + visible(m.sender().organisation()) + ")");
        out.println("recipients:   " + visible(String.join(", ", m.recipients())));
        m.stream().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("stream:       "
                        + visible(m.sender().nodeId()) + " -> " + visible(e.getKey()) + " bundle "
                        + e.getValue().sequence()
                        + (e.getValue().previousManifestSha256() == null
                                ? " (the first)"
                                : " (after manifest "
                                        + e.getValue().previousManifestSha256().substring(0, 16) + "…)")));
        out.println("sync:         " + m.sync().mode().code());
        if (m.sync().acknowledgements().isEmpty()) {
            out.println("acknowledges: nothing (the sender has received no bundle from its recipients)");
        }
        m.sync().acknowledgements().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("acknowledges: bundle " + e.getValue().sequence() + " from "
                        + visible(e.getKey()) + " (" + e.getValue().bundleId() + ")"));
        out.println("label:        " + visible(m.label().displayForm()));
        for (Manifest.Content c : m.contents()) {
            out.printf(
                    Locale.ROOT,
                    "contents:     %-24s %5d features, %d tombstones, %d bytes%n",
                    visible(c.path()),
                    c.features(),
                    c.tombstones(),
                    c.size());
        }
    }

    /** The merge preview: counts per class, every feature with its class and reason, and stream warnings. */
    static void preview(PrintWriter out, ImportPreview preview) {
        out.println("preview:      " + preview.count(SyncClass.NEW) + " new, " + preview.count(SyncClass.UPDATE)
                + " updated, " + preview.count(SyncClass.UNCHANGED) + " unchanged, " + preview.count(SyncClass.STALE)
                + " stale, " + preview.count(SyncClass.CONFLICT) + " conflicts, " + preview.count(SyncClass.MERGED)
                + " merged, " + preview.count(SyncClass.PROPOSAL) + " proposals, " + preview.count(SyncClass.REFUSED)
                + " refused"
                + (preview.count(SyncClass.INTEGRITY_ALERT) > 0
                        ? ", " + preview.count(SyncClass.INTEGRITY_ALERT) + " integrity alerts"
                        : ""));
        for (PlannedFeature f : preview.plan().features()) {
            String what = feature(f.incoming());
            String reason = visible(f.reason());
            reason = reason.startsWith(what) ? reason.substring(what.length()).strip() : reason;
            out.printf(Locale.ROOT, "  %-10s %s: %s%n", f.kind().name().toLowerCase(Locale.ROOT), what, reason);
        }
        preview.plainWarning().ifPresent(w -> out.println("warning: " + w));
        preview.warnings().forEach(w -> out.println("warning: " + visible(w)));
        if (preview.plan().alreadyImported()) {
            out.println("this bundle was already imported; importing it again changes nothing");
        }
    }
}
