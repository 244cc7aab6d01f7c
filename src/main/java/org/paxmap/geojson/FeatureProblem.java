package org.paxmap.geojson;

/**
 * Why one feature cannot be read: the field (a JSON path inside the feature, e.g. {@code geometry.coordinates[0]})
 * and the reason. Internal to decoding; callers turn it into a {@link GeoJsonException} that also names the file and
 * the feature.
 */
final class FeatureProblem extends Exception {
    private final String field;
    private final String reason;

    FeatureProblem(String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
