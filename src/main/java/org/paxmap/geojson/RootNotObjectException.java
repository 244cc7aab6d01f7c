package org.paxmap.geojson;

/**
 * A GeoJSON input whose root is not a JSON object at all (an array, a scalar, an empty file): not GeoJSON of any
 * kind, as opposed to an object with a wrong or missing member. A caller that expects one particular root (a bundle's
 * layer file must be a FeatureCollection) can say so in its own words without reading the message.
 */
public final class RootNotObjectException extends GeoJsonException {
    private static final long serialVersionUID = 1L;

    /** @param message the user-facing message, naming the source and what the root is instead */
    public RootNotObjectException(String message) {
        super(message);
    }
}
