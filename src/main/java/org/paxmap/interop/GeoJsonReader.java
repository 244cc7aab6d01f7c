package org.paxmap.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.ImportPlan;

/**
 * GeoJSON through the strict streaming reader of {@code org.paxmap.geojson}: points become incidents, lines routes,
 * polygons zones (see {@link GeoJsonFeatureReader}). A feature's UUID id is its identity; any other id (or none: the
 * position in the file) becomes a {@link ForeignId}, so re-importing the file finds the same features.
 */
final class GeoJsonReader implements FeatureReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.GEOJSON;
    }

    @Override
    public void read(Path file, ImportContext context, ImportSink sink) throws ImportException {
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.util.UUID[] timeless = new java.util.UUID[1];
            // the foreign id the reader last asked for: that of the feature it hands over next
            ForeignId[] foreign = new ForeignId[1];
            java.util.UUID[] foreignUuid = new java.util.UUID[1];
            ImportPlan plan = GeoJsonFeatureReader.read(
                    in,
                    name,
                    context.options(),
                    f -> {
                        try {
                            sink.feature(new ForeignFeature(
                                    f,
                                    f.id().equals(foreignUuid[0])
                                            ? foreign[0]
                                            : ForeignId.of(format(), name, f.id().toString()),
                                    "GeoJSON " + f.layer().noun() + " → "
                                            + f.layer().noun(),
                                    f.id().equals(timeless[0])));
                        } catch (ImportException e) {
                            throw new Unchecked(e);
                        }
                    },
                    new GeoJsonFeatureReader.ForeignIds() {
                        @Override
                        public java.util.UUID uuid(String sourceId, int number) {
                            foreign[0] = sourceId == null
                                    ? ForeignId.positional(format(), name, "feature", number)
                                    : ForeignId.of(format(), name, sourceId);
                            foreignUuid[0] = foreign[0].uuid();
                            return foreignUuid[0];
                        }

                        @Override
                        public void timeless(java.util.UUID id) {
                            timeless[0] = id;
                        }
                    },
                    context.importTime());
            plan.refusals().forEach(r -> {
                sink.skip("GeoJSON feature", "invalid (left out as asked)");
                sink.warn("skipped " + r);
            });
            plan.warnings().forEach(sink::warn);
        } catch (Unchecked e) {
            throw e.cause;
        } catch (GeoJsonException e) {
            throw new ImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Carries the sink's refusal out of the reader's callback. */
    private static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportException cause;

        Unchecked(ImportException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}
