package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats Paxmap exports to, each with the writer that makes it. Immutable. */
public enum ExportFormat {
    /** KML 2.2 for Google Earth: styled by severity and threat level, with times for the time slider. */
    KML("kml", "kml", "KML (Google Earth)"),
    /** KML zipped as {@code doc.kml}. */
    KMZ("kmz", "kmz", "KMZ (zipped KML)"),
    /** GPX 1.1: incidents as waypoints, routes as routes; zones have no place in GPX. */
    GPX("gpx", "gpx", "GPX (GPS devices)"),
    /** Cursor-on-Target events in one {@code <events>} file. */
    COT("cot", "cot", "Cursor-on-Target events"),
    /** A TAK data package (MissionPackageManifest v2) for ATAK and WinTAK. */
    TAKPKG("takpkg", "zip", "TAK data package (ATAK, WinTAK)"),
    /** ACLED-shaped CSV (the current column set); only incidents have a place. */
    ACLED("acled", "csv", "ACLED CSV"),
    /** A plain GeoPackage for GIS users, without Paxmap's own tables. */
    GPKG("gpkg", "gpkg", "GeoPackage (QGIS, ArcGIS)"),
    /** One RFC 7946 FeatureCollection in Paxmap's feature form. */
    GEOJSON("geojson", "geojson", "GeoJSON");

    private final String code;
    private final String extension;
    private final String description;

    ExportFormat(String code, String extension, String description) {
        this.code = code;
        this.extension = extension;
        this.description = description;
    }

    /** The name on the command line ({@code kml}, {@code takpkg}). */
    public String code() {
        return code;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** In words, for a menu. */
    public String description() {
        return description;
    }

    /** Whether the format is written as a stream (everything but GeoPackage, which is a database file). */
    public boolean streams() {
        return this != GPKG;
    }

    /** The format named {@code code} (case-insensitive). */
    public static Optional<ExportFormat> parse(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst();
    }

    /** The codes, comma-separated, for messages. */
    public static String codes() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
    }

    /**
     * A writer to {@code out}; for a format that {@link #streams()} only.
     *
     * @throws IllegalStateException for GeoPackage
     */
    FeatureWriter open(OutputStream out, ExportHeader header) throws IOException {
        switch (this) {
            case KML:
                return new KmlWriter(out, header);
            case KMZ:
                return KmzWriter.open(out, header);
            case GPX:
                return new GpxWriter(out, header);
            case COT:
                return new CotWriter(out, header);
            case TAKPKG:
                return new TakPackageWriter(out, header);
            case ACLED:
                return new AcledWriter(out, header);
            case GEOJSON:
                return new GeoJsonWriter(out);
            default:
                throw new IllegalStateException(code + " is not written as a stream");
        }
    }

    /** A writer to the new, empty file {@code file} (the export's temporary file). */
    FeatureWriter open(Path file, ExportHeader header) throws IOException {
        if (!streams()) {
            return GeoPackageWriter.create(file, header);
        }
        if (this == TAKPKG) {
            return new SplitTakPackages(file, header);
        }
        return new FileFeatureWriter(file, this, header);
    }
}
