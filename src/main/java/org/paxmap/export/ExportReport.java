package org.paxmap.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * What an export wrote and left out. Immutable.
 *
 * @param format the format
 * @param target the file written
 * @param audience who it is for in words, or {@code ""} for no audience
 * @param written per layer, the features written
 * @param notCarried per layer, the features the format has no place for (zones in GPX, routes and zones in ACLED)
 * @param withheld per reason, the features the audience may not see
 * @param labels the release labels of what was written
 * @param files the files written: {@code target} alone, or the packages a large TAK package export was split into
 */
public record ExportReport(
        ExportFormat format,
        Path target,
        String audience,
        Map<Layer, Integer> written,
        Map<Layer, Integer> notCarried,
        Map<String, Integer> withheld,
        Set<ReleaseLabel> labels,
        List<Path> files) {
    /** Copies the maps and sets. */
    public ExportReport {
        files = List.copyOf(files);
        written = copy(written);
        notCarried = copy(notCarried);
        withheld = Map.copyOf(new TreeMap<>(withheld));
        labels = Set.copyOf(labels);
    }

    private static Map<Layer, Integer> copy(Map<Layer, Integer> m) {
        Map<Layer, Integer> out = new EnumMap<>(Layer.class);
        out.putAll(m);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** How many features were written. */
    public int writtenCount() {
        return written.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many features were withheld from the audience. */
    public int withheldCount() {
        return withheld.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The report in lines for a person: what was written, left out and withheld (with reasons), and the labels. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        String to = files.size() > 1
                ? files.size() + " packages, "
                        + String.join(", ", files.stream().map(Path::toString).toList())
                : target.toString();
        out.add("exported " + counted(written) + " to " + to + " (" + format.code()
                + (audience.isEmpty() ? ", no audience" : ", for " + audience) + ")");
        if (files.size() > 1) {
            out.add("split in " + files.size() + " packages: one holds at most " + TakPackageWriter.MAX_EVENTS
                    + " events (a feature is never cut in two); import each of them in ATAK or WinTAK");
        }
        if (!notCarried.isEmpty()) {
            out.add("not carried by " + format.code() + ": " + counted(notCarried)
                    + " (the format has no place for them)");
        }
        if (!withheld.isEmpty()) {
            out.add("withheld from " + audience + ": " + withheldCount()
                    + (withheldCount() == 1 ? " feature" : " features"));
            new TreeMap<>(withheld).forEach((reason, n) -> out.add("  " + n + " × " + reason));
        }
        out.add("labels carried: " + (labels.isEmpty() ? "(none)" : String.join("; ", labelTexts(labels))));
        return out;
    }

    /** The labels as people read them, sorted. */
    public static List<String> labelTexts(Set<ReleaseLabel> labels) {
        return labels.stream().map(FeatureFields::label).sorted().toList();
    }

    private static String counted(Map<Layer, Integer> m) {
        if (m.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            return "0 features";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((layer, n) -> {
            if (n > 0) {
                parts.add(n + " " + noun(layer, n));
            }
        });
        return String.join(", ", parts);
    }

    private static String noun(Layer layer, int n) {
        String one =
                switch (layer) {
                    case INCIDENTS -> "incident";
                    case ROUTES -> "route";
                    case ZONES -> "zone";
                };
        return n == 1 ? one : one + "s";
    }
}
