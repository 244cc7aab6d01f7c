package org.paxmap.interop;

import java.util.List;

/** The reader of each format. Stateless. */
public final class FeatureReaders {
    private static final List<FeatureReader> ALL = List.of(
            new GeoJsonReader(),
            new KmlReader(),
            new KmzReader(),
            new GpxReader(),
            new CotReader(),
            new TakPackageReader(),
            new AcledReader(),
            new GeoPackageReader());

    private FeatureReaders() {}

    /** Every reader, one per format. */
    public static List<FeatureReader> all() {
        return ALL;
    }

    /** The reader of {@code format}. */
    public static FeatureReader of(ImportFormat format) {
        for (FeatureReader r : ALL) {
            if (r.format() == format) {
                return r;
            }
        }
        throw new IllegalArgumentException("no reader for " + format);
    }
}
