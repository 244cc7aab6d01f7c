package org.paxmap.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where a TAK data package keeps its manifest: {@code MANIFEST/manifest.xml}, at the top or one folder down. */
final class TakPackageLayout {
    private TakPackageLayout() {}

    /** Whether a ZIP entry name is the package manifest. */
    static boolean isManifest(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("manifest/manifest.xml")) {
            return false;
        }
        String before = entry.substring(0, entry.length() - "MANIFEST/manifest.xml".length());
        return before.isEmpty() || (before.indexOf('/') == before.length() - 1 && before.length() > 1);
    }

    /** The manifest of an unzipped package folder, or {@code null}. */
    static Path manifestIn(Path folder) {
        for (String name : new String[] {"MANIFEST/manifest.xml", "manifest/manifest.xml"}) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
