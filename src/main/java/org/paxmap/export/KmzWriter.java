package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.paxmap.model.Feature;

/** KMZ: the {@link KmlWriter}'s document deflated into the ZIP entry {@code doc.kml}, as Google Earth writes it. */
final class KmzWriter implements FeatureWriter {
    private final ZipOutputStream zip;
    private final KmlWriter kml;

    private KmzWriter(ZipOutputStream zip, KmlWriter kml) {
        this.zip = zip;
        this.kml = kml;
    }

    static KmzWriter open(OutputStream out, ExportHeader header) throws IOException {
        ZipOutputStream zip = ZipStreams.over(out);
        ZipEntry entry = new ZipEntry("doc.kml");
        entry.setTime(header.exportedAt().toEpochMilli());
        zip.putNextEntry(entry);
        return new KmzWriter(zip, new KmlWriter(zip, header));
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        return kml.write(feature);
    }

    @Override
    public void finish() throws IOException {
        kml.finish();
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
