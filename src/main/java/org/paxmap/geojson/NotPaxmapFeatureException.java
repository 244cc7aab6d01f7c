package org.paxmap.geojson;

/**
 * A feature without the {@code paxmap} member where only features Paxmap wrote are accepted ({@link
 * GeoJsonFeatureReader#readPaxmapFeatures}): plain GeoJSON, whose features would be given fresh ids.
 */
public final class NotPaxmapFeatureException extends GeoJsonException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int feature;
    private final String reason;

    /**
     * @param source the file name
     * @param feature the 1-based number of the feature in the file
     * @param reason why it is refused, in words
     */
    public NotPaxmapFeatureException(String source, int feature, String reason) {
        super(source + ", feature " + feature + ": " + reason);
        this.source = source;
        this.feature = feature;
        this.reason = reason;
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** The 1-based number of the feature in the file. */
    public int feature() {
        return feature;
    }

    /** Why the feature is refused, without the file and feature. */
    public String reason() {
        return reason;
    }
}
