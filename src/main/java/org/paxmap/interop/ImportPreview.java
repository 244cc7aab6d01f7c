package org.paxmap.interop;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * What an import will do (a preview) or did (after apply): per layer how many features are added, updated or left
 * unchanged; how each kind of foreign thing maps, with counts; what is skipped and why; warnings; and the label given
 * to features that carry none. Immutable.
 *
 * @param files each file with the format it was recognised as, e.g. {@code route.cot (Cursor-on-Target)}
 * @param added new features per layer (every layer present)
 * @param updated features the picture holds whose content the import changes
 * @param unchanged features the picture already holds as the file has them
 * @param mappings how things map ("CoT b-m-r route → patrol route") → how many
 * @param skipped "what: why" → how many
 * @param warnings one line per change made on the way in, the first {@link #LISTED_WARNINGS}
 * @param unlistedWarnings warnings past those listed
 * @param defaultLabel the label given to features without one
 * @param applied whether the import was written ({@code false} for a preview or a dry run)
 */
public record ImportPreview(
        List<String> files,
        Map<Layer, Integer> added,
        Map<Layer, Integer> updated,
        Map<Layer, Integer> unchanged,
        Map<String, Integer> mappings,
        Map<String, Integer> skipped,
        List<String> warnings,
        int unlistedWarnings,
        ReleaseLabel defaultLabel,
        boolean applied) {

    /** How many warnings are listed before they are only counted. */
    public static final int LISTED_WARNINGS = 100;

    public ImportPreview {
        files = List.copyOf(files);
        added = new EnumMap<>(added);
        updated = new EnumMap<>(updated);
        unchanged = new EnumMap<>(unchanged);
        mappings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        warnings = List.copyOf(warnings);
    }

    /** Features added and updated, all layers: what apply writes. */
    public int changes() {
        return sum(added) + sum(updated);
    }

    /** Features added, updated or unchanged, all layers. */
    public int features() {
        return changes() + sum(unchanged);
    }

    /** Things skipped, all kinds. */
    public int skips() {
        return sum(skipped);
    }

    /** The preview as lines for a console or a dialog (outside text not yet made visible). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add((applied ? "Imported " : "Would import ") + String.join(", ", files));
        for (Layer layer : Layer.values()) {
            out.add(String.format(
                    "  %-9s %d added, %d updated, %d unchanged",
                    layer.tableName() + ":",
                    added.getOrDefault(layer, 0),
                    updated.getOrDefault(layer, 0),
                    unchanged.getOrDefault(layer, 0)));
        }
        if (!mappings.isEmpty()) {
            out.add("How things map:");
            mappings.forEach((m, n) -> out.add("  " + n + " × " + m));
        }
        if (!skipped.isEmpty()) {
            out.add("Skipped:");
            skipped.forEach((s, n) -> out.add("  " + n + " × " + s));
        }
        out.add("Features without a label get: " + defaultLabel.displayForm());
        warnings.forEach(w -> out.add("warning: " + w));
        if (unlistedWarnings > 0) {
            out.add("warning: and " + unlistedWarnings + " more warnings");
        }
        return out;
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Collects a preview while an import runs. Not thread-safe (the reading thread). */
    static final class Tally {
        private final List<String> files = new ArrayList<>();
        private final Map<Layer, Integer> added = zeros();
        private final Map<Layer, Integer> updated = zeros();
        private final Map<Layer, Integer> unchanged = zeros();
        private final Map<String, Integer> mappings = new LinkedHashMap<>();
        private final Map<String, Integer> skipped = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private int unlisted;

        void file(String file) {
            files.add(file);
        }

        void added(Layer layer) {
            added.merge(layer, 1, Integer::sum);
        }

        void updated(Layer layer) {
            updated.merge(layer, 1, Integer::sum);
        }

        void unchanged(Layer layer) {
            unchanged.merge(layer, 1, Integer::sum);
        }

        void mapping(String mapping) {
            mappings.merge(mapping, 1, Integer::sum);
        }

        void skip(String kind, String reason) {
            skipped.merge(kind + ": " + reason, 1, Integer::sum);
        }

        void warn(String warning) {
            if (warnings.size() < LISTED_WARNINGS) {
                warnings.add(warning);
            } else {
                unlisted++;
            }
        }

        ImportPreview result(ReleaseLabel defaultLabel, boolean applied) {
            return new ImportPreview(
                    files, added, updated, unchanged, mappings, skipped, warnings, unlisted, defaultLabel, applied);
        }

        private static Map<Layer, Integer> zeros() {
            Map<Layer, Integer> m = new EnumMap<>(Layer.class);
            for (Layer l : Layer.values()) {
                m.put(l, 0);
            }
            return m;
        }
    }
}
