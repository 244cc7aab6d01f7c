package org.paxmap.geojson;

/** A GeoJSON input that cannot be read; the message names the source, the feature and the field, and the reason. */
public class GeoJsonException extends Exception {
    /** An exception with a user-facing message. */
    public GeoJsonException(String message) {
        super(message);
    }

    /** An exception with a user-facing message and the low-level cause (for logs). */
    public GeoJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
