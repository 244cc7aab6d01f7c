package org.paxmap.interop;

/** The formats Paxmap imports, each with the name messages use. */
public enum ImportFormat {
    GEOJSON("GeoJSON", "geojson"),
    KML("KML", "kml"),
    KMZ("KMZ", "kmz"),
    GPX("GPX", "gpx"),
    COT("Cursor-on-Target", "cot"),
    TAK_PACKAGE("TAK data package", "takpkg"),
    ACLED("ACLED CSV", "acled"),
    GEOPACKAGE("GeoPackage", "gpkg");

    private final String displayName;
    private final String key;

    ImportFormat(String displayName, String key) {
        this.displayName = displayName;
        this.key = key;
    }

    /** E.g. {@code Cursor-on-Target}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The short key that names the format in a feature's foreign identity, e.g. {@code cot}. KML and KMZ share
     * {@code kml}, so a placemark keeps its identity whether it came zipped or not; CoT events share {@code cot}
     * whether they came alone or in a TAK data package.
     */
    public String identityKey() {
        return switch (this) {
            case KMZ -> KML.key;
            case TAK_PACKAGE -> COT.key;
            default -> key;
        };
    }

    /** The format a feature's foreign identity names ({@link #identityKey}), e.g. {@code kml} → KML, if any. */
    public static java.util.Optional<ImportFormat> ofIdentityKey(String key) {
        for (ImportFormat f : values()) {
            if (f.identityKey().equals(key)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
