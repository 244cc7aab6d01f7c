package org.paxmap.tiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

/**
 * A folder of tiles {@code z/x/y.png} (or {@code .jpg}, {@code .jpeg}, {@code .webp}), rows from the north. The zoom
 * range comes from the folder names that hold tiles. An optional {@code metadata.json} (TileJSON-like) gives {@code
 * name}, {@code attribution}, {@code description}, {@code bounds} ({@code [w, s, e, n]} or "w,s,e,n") and {@code
 * scheme} ({@code "tms"} for rows from the south); without bounds, the extent of the tiles at the lowest zoom is
 * used. Opening decodes one tile. Thread-safe: reads are plain file reads.
 */
public final class XyzFolderSource implements TileSource {
    private static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "webp");

    private final Path folder;
    private final TileSetInfo info;
    private final boolean tms;
    private final List<String> extensions;
    private volatile boolean closed;

    private XyzFolderSource(Path folder, TileSetInfo info, boolean tms, List<String> extensions) {
        this.folder = folder;
        this.info = info;
        this.tms = tms;
        this.extensions = extensions;
    }

    /**
     * Opens the folder {@code folder}.
     *
     * @throws TileSourceException naming the folder and why it is no usable XYZ tile folder
     */
    public static XyzFolderSource open(Path folder) throws TileSourceException {
        if (!Files.isDirectory(folder)) {
            throw new TileSourceException(folder + ": not a folder");
        }
        try {
            JsonNode metadata = metadata(folder);
            boolean tms = "tms".equalsIgnoreCase(text(metadata, "scheme"));
            NavigableMap<Integer, Path> zooms = zoomFolders(folder);
            if (zooms.isEmpty()) {
                throw new TileSourceException(
                        folder + ": not an XYZ tile folder (it has no zoom-level folders named 0, 1, 2, …)");
            }
            Path first = null;
            int minZoom = -1;
            for (var zoom : zooms.entrySet()) {
                first = anyTile(zoom.getValue());
                if (first != null) {
                    minZoom = zoom.getKey();
                    break;
                }
            }
            if (first == null) {
                throw new TileSourceException(folder + ": the tile set holds no tiles");
            }
            int maxZoom = minZoom;
            for (var zoom : zooms.descendingMap().entrySet()) {
                if (zoom.getKey() <= minZoom || anyTile(zoom.getValue()) != null) {
                    maxZoom = Math.max(minZoom, zoom.getKey());
                    break;
                }
            }
            byte[] data = Files.readAllBytes(first);
            TileImageFormat format = TileImageFormat.sniff(data);
            if (!format.isRaster()) {
                throw new TileSourceException(folder + ": tiles are not PNG, JPEG or WebP images (" + first + ")");
            }
            TileDecoder.decode(data, folder + ": tile " + folder.relativize(first));
            Envelope bounds = metadata.has("bounds")
                    ? MbtilesSource.bounds(boundsText(metadata.get("bounds")))
                    : extent(zooms.get(minZoom), minZoom, tms);
            String name = text(metadata, "name");
            TileSetInfo info = new TileSetInfo(
                    name == null || name.isBlank() ? folder.getFileName().toString() : name,
                    format.infoName,
                    minZoom,
                    maxZoom,
                    bounds,
                    text(metadata, "attribution"),
                    text(metadata, "description"));
            List<String> extensions = new ArrayList<>(EXTENSIONS);
            String used = extension(first);
            extensions.remove(used);
            extensions.add(0, used); // the extension seen is tried first
            return new XyzFolderSource(folder, info, tms, List.copyOf(extensions));
        } catch (IOException e) {
            throw new TileSourceException(folder + ": the folder cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public TileSetInfo info() {
        return info;
    }

    @Override
    public byte[] tile(TileKey key) throws TileSourceException {
        if (closed) {
            throw new TileSourceException(folder + ": the tile set is closed");
        }
        if (!info.covers(key)) {
            return null;
        }
        int row = tms ? key.tmsRow() : key.y();
        Path column = folder.resolve(Integer.toString(key.z())).resolve(Integer.toString(key.x()));
        for (String extension : extensions) {
            Path file = column.resolve(row + "." + extension);
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                // try the next extension
            } catch (IOException e) {
                throw new TileSourceException(folder + ": cannot read tile " + key + " (" + e.getMessage() + ")", e);
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "XYZ folder " + folder;
    }

    private static JsonNode metadata(Path folder) throws TileSourceException, IOException {
        Path file = folder.resolve("metadata.json");
        if (!Files.isRegularFile(file)) {
            return new ObjectMapper().createObjectNode();
        }
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new TileSourceException(file + ": not a JSON object; fix or remove it");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TileSourceException(
                    file + ": not valid JSON (" + e.getOriginalMessage() + "); fix or remove it", e);
        }
    }

    private static String text(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String boundsText(JsonNode bounds) {
        if (bounds.isArray()) {
            List<String> parts = new ArrayList<>();
            bounds.forEach(v -> parts.add(v.asText()));
            return String.join(",", parts);
        }
        return bounds.asText();
    }

    /** The sub-folders named by a zoom level 0–30. */
    private static NavigableMap<Integer, Path> zoomFolders(Path folder) throws IOException {
        TreeMap<Integer, Path> zooms = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Integer zoom = number(entry.getFileName().toString());
                if (zoom != null && zoom <= 30 && Files.isDirectory(entry)) {
                    zooms.put(zoom, entry);
                }
            }
        }
        return zooms;
    }

    /** Some tile file of a zoom folder, or {@code null}. */
    private static Path anyTile(Path zoomFolder) throws IOException {
        try (DirectoryStream<Path> columns = Files.newDirectoryStream(zoomFolder, Files::isDirectory)) {
            for (Path column : columns) {
                if (number(column.getFileName().toString()) == null) {
                    continue;
                }
                try (DirectoryStream<Path> rows = Files.newDirectoryStream(column)) {
                    for (Path row : rows) {
                        if (isTileFile(row)) {
                            return row;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The lon/lat extent of the tiles in one zoom folder. */
    private static Envelope extent(Path zoomFolder, int zoom, boolean tms) throws IOException {
        int n = 1 << zoom;
        Envelope extent = new Envelope();
        try (DirectoryStream<Path> columns = Files.newDirectoryStream(zoomFolder, Files::isDirectory)) {
            for (Path column : columns) {
                Integer x = number(column.getFileName().toString());
                if (x == null || x >= n) {
                    continue;
                }
                try (DirectoryStream<Path> rows = Files.newDirectoryStream(column)) {
                    for (Path row : rows) {
                        String name = row.getFileName().toString();
                        Integer y = isTileFile(row) ? number(name.substring(0, name.lastIndexOf('.'))) : null;
                        if (y != null && y < n) {
                            extent.expandToInclude(WebMercator.tileBounds(zoom, x, tms ? n - 1 - y : y));
                        }
                    }
                }
            }
        }
        return extent.isNull() ? TileSetInfo.worldBounds() : extent;
    }

    private static boolean isTileFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && number(name.substring(0, dot)) != null && EXTENSIONS.contains(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static Integer number(String name) {
        if (name.isEmpty() || name.length() > 9) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(name);
    }
}
