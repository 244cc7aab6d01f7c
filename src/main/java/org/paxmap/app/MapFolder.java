package org.paxmap.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the bundled maps live: the {@code maps/} folder in the working directory (a source checkout, {@code ./mvnw
 * javafx:run}), else a {@code maps/} folder next to the application's jar or one level above it (an installed app
 * image keeps its jar in {@code lib/app/} or {@code app/}). Stateless; file-system checks only, so call it off the FX
 * thread.
 */
final class MapFolder {
    /** The base map's file name inside {@code maps/}. */
    static final String BASE_MAP = "basemap.mbtiles";

    private MapFolder() {}

    /** The bundled base map, if one of the candidate folders holds it. */
    static Optional<Path> baseMap() {
        for (Path folder : candidates()) {
            Path file = folder.resolve(BASE_MAP);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The folders searched, in order. */
    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("maps").toAbsolutePath());
        try {
            CodeSource code = MapFolder.class.getProtectionDomain().getCodeSource();
            if (code != null) {
                Path jar = Path.of(code.getLocation().toURI());
                Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
                for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
                    out.add(dir.resolve("maps"));
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // no code location: the working directory is all there is
        }
        return out;
    }
}
