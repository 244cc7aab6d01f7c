package org.paxmap.brief.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.paxmap.brief.BriefException;
import org.paxmap.tiles.MapFolder;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSourceException;
import org.paxmap.tiles.TileSources;

/**
 * The base maps slides name, opened from the maps folder once per export and closed with it: a slide names its tile
 * set by file name ({@code null}: the bundled base map). A tile set that is gone or unreadable is refused with the
 * slide's words, so nothing is drawn over an empty sea by surprise. Not thread-safe: one export at a time.
 */
public final class BaseMaps implements AutoCloseable {
    private final Path folder;
    private final Map<String, TileSource> open = new HashMap<>();

    /** Base maps from {@code folder} (the maps folder). */
    public BaseMaps(Path folder) {
        this.folder = folder;
    }

    /** Base maps from the maps folder the window uses ({@link MapFolder}), or a folder of that name if none exists. */
    public static BaseMaps fromMapFolder() {
        return new BaseMaps(MapFolder.folder().orElse(Path.of("maps").toAbsolutePath()));
    }

    /**
     * The tile set {@code fileName} names ({@code null}: the bundled base map), opened on first use.
     *
     * @param where what uses it, for the message (e.g. "slide 3 'Morning' of briefing 'Daily'")
     * @throws BriefException if it is not in the folder or is not a tile set Paxmap can draw
     */
    public TileSource open(String fileName, String where) throws BriefException {
        String name = fileName == null ? MapFolder.BASE_MAP : fileName;
        TileSource source = open.get(name);
        if (source != null) {
            return source;
        }
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            throw new BriefException(where + " uses the base map " + name + ", which is not in " + folder
                    + " (it was moved or deleted); put it back or choose another base map for the slide.");
        }
        try {
            source = TileSources.open(file);
        } catch (TileSourceException e) {
            throw new BriefException(
                    where + " uses the base map " + name + ", which cannot be drawn: " + e.getMessage(), e);
        }
        open.put(name, source);
        return source;
    }

    /** Closes every tile set opened. */
    @Override
    public void close() {
        open.values().forEach(TileSource::close);
        open.clear();
    }
}
