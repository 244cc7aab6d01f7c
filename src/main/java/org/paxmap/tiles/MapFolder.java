package org.paxmap.tiles;

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
 * image keeps its jar in {@code lib/app/} or {@code app/}); the system property {@value #PROPERTY} names another folder
 * instead (tests, a unit's own map share). Stateless; file-system checks only, so call it off the FX
 * thread.
 */
public final class MapFolder {
    /** The base map's file name inside {@code maps/}. */
    public static final String BASE_MAP = "basemap.mbtiles";

    /** The system property that, when set, names the maps folder. */
    public static final String PROPERTY = "paxmap.maps";

    private MapFolder() {}

    /** The maps folder: the first candidate that exists, if any. */
    public static Optional<Path> folder() {
        return candidates().stream().filter(Files::isDirectory).findFirst();
    }

    /**
     * What the maps folder offers as base maps, by name: every {@code *.mbtiles}, {@code *.gpkg}, {@code *.sqlite} and
     * {@code *.db} file and every sub-folder (an XYZ folder); empty without a folder.
     */
    public static List<Path> tileSetCandidates() {
        Optional<Path> dir = folder();
        if (dir.isEmpty()) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (java.util.stream.Stream<Path> entries = Files.list(dir.get())) {
            entries.filter(MapFolder::mayBeTileSet).sorted().forEach(out::add);
        } catch (java.io.IOException e) {
            return List.of();
        }
        return out;
    }

    private static boolean mayBeTileSet(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        if (Files.isDirectory(p)) {
            return true;
        }
        return name.endsWith(".mbtiles") || name.endsWith(".gpkg") || name.endsWith(".sqlite") || name.endsWith(".db");
    }

    /** The bundled base map, if one of the candidate folders holds it. */
    public static Optional<Path> baseMap() {
        for (Path folder : candidates()) {
            Path file = folder.resolve(BASE_MAP);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The folders searched, in order. */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            out.add(Path.of(chosen).toAbsolutePath());
            return out;
        }
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
