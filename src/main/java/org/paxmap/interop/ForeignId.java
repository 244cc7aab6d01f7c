package org.paxmap.interop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where an imported feature came from: the format, the file and the source's own id for the thing (ACLED {@code
 * event_id_cnty}, CoT {@code uid}, KML {@code id}, GPX name and time). The picture feature's id is derived from the
 * format and the source id alone (a name-based UUID), so importing the same or a newer file — under any file name —
 * finds the features it made before instead of adding them again. Things with no id of their own are named by file
 * and position ({@code file.kml#12}): the same file again finds them, an edited one may not. Immutable.
 *
 * @param format the format's {@link ImportFormat#identityKey}
 * @param file the file name (provenance, shown to the user)
 * @param sourceId the source's own id, or {@code file#n} when it has none
 * @param ownId whether {@code sourceId} is the source's own id rather than a position in the file
 */
public record ForeignId(String format, String file, String sourceId, boolean ownId) {
    /** The source's own id. */
    public static ForeignId of(ImportFormat format, String file, String sourceId) {
        return new ForeignId(format.identityKey(), file, sourceId, true);
    }

    /** No id of its own: the {@code n}th thing of its kind in {@code file}. */
    public static ForeignId positional(ImportFormat format, String file, String kind, int n) {
        return new ForeignId(format.identityKey(), file, file + "#" + kind + n, false);
    }

    /** The picture feature's id: a name-based (version 3) UUID of {@code paxmap-import:format:sourceId}. */
    public UUID uuid() {
        return UUID.nameUUIDFromBytes(("paxmap-import:" + format + ":" + sourceId).getBytes(StandardCharsets.UTF_8));
    }

    /** E.g. {@code cot uid "abc" in route.cot}. */
    @Override
    public String toString() {
        return format + (ownId ? " id \"" + sourceId + "\"" : " item " + sourceId) + " in " + file;
    }
}
