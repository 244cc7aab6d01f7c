package org.paxmap.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;

/**
 * KMZ: a ZIP holding KML. The root document is {@code doc.kml} if there is one, else the first {@code .kml} entry in
 * archive order (Google Earth's rule); other KML entries are the root's resources and are not read. The archive is
 * checked under {@link ForeignZip}'s limits first. Stateless.
 */
final class KmzReader implements FeatureReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.KMZ;
    }

    @Override
    public void read(Path file, ImportContext context, ImportSink sink) throws ImportException {
        try (ForeignZip zip = ForeignZip.open(file)) {
            ZipEntry root = root(zip);
            if (root == null) {
                throw new ImportException(zip.file() + ": a ZIP archive without a .kml file, so not a KMZ");
            }
            long others = zip.entries().stream()
                    .filter(e ->
                            e != root && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml"))
                    .count();
            if (others > 0) {
                sink.skip("KML file in a KMZ besides the root document", "a resource of the root, not read");
            }
            String where = zip.file() + ", entry '" + root.getName() + "'";
            try (InputStream in = new BufferedInputStream(zip.open(root), 1 << 16)) {
                new KmlReader().read(in, where, zip.file(), context, sink);
            } catch (IOException e) {
                throw new ImportException(where + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    private static ZipEntry root(ForeignZip zip) {
        ZipEntry first = null;
        for (ZipEntry e : zip.entries()) {
            String lower = e.getName().toLowerCase(Locale.ROOT);
            if (lower.equals("doc.kml")) {
                return e;
            }
            if (first == null && lower.endsWith(".kml")) {
                first = e;
            }
        }
        return first;
    }
}
