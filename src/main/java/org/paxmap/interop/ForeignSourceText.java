package org.paxmap.interop;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paxmap.store.ForeignSource;

/**
 * A {@link ForeignSource} in words for the details panel and the command line, e.g. {@code ACLED CSV
 * 'acled_2024.csv', event SYR12345} or {@code Cursor-on-Target 'patrol.cot', uid ANDROID-42}. The words hold text
 * from the file (its name, the source id): callers show them through {@code OutsideText.visible}. Stateless.
 */
public final class ForeignSourceText {
    private static final Pattern POSITION = Pattern.compile("([a-z]+)(\\d+)");

    private ForeignSourceText() {}

    /** The format, the file and the source's id for the thing. */
    public static String describe(ForeignSource source) {
        String format = ImportFormat.ofIdentityKey(source.format())
                .map(ImportFormat::displayName)
                .orElse(source.format());
        return format + " '" + source.file() + "', " + item(source);
    }

    private static String item(ForeignSource source) {
        String id = source.sourceId();
        if (!source.ownId()) {
            String position = id.substring(id.lastIndexOf('#') + 1);
            Matcher m = POSITION.matcher(position);
            return (m.matches() ? m.group(1) + " " + m.group(2) : "item " + position) + " (it has no id of its own)";
        }
        return switch (source.format()) {
            case "acled" -> "event " + id;
            case "cot" -> "uid " + id;
            case "kml" -> "placemark id " + id;
            case "gpx" -> gpx(id);
            case "gpkg" -> geoPackage(id);
            default -> "id " + id;
        };
    }

    /** GeoPackage ids are {@code FILE/TABLE#KEY}. */
    private static String geoPackage(String id) {
        int hash = id.lastIndexOf('#');
        int slash = id.indexOf('/'); // the file name has none; a table name may
        return slash < 0 || hash < slash
                ? "feature " + id
                : "table '" + id.substring(slash + 1, hash) + "', feature " + id.substring(hash + 1);
    }

    /** GPX ids are {@code wpt:NAME@TIME}, {@code rte:NAME}, {@code trk:NAME@TIME[/segN]}. */
    private static String gpx(String id) {
        if (id.startsWith("wpt:")) {
            return "waypoint " + id.substring(4);
        }
        if (id.startsWith("rte:")) {
            return "route " + id.substring(4);
        }
        if (id.startsWith("trk:")) {
            return "track " + id.substring(4);
        }
        return "item " + id;
    }
}
