package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.paxmap.model.Feature;

/**
 * A TAK data package for ATAK and WinTAK: a ZIP with one CoT event per entry ({@code <uid>/<uid>.cot}, {@link
 * CotEvents}) and {@code MANIFEST/manifest.xml} in the MissionPackageManifest version 2 shape (a {@code
 * Configuration} with the package {@code uid} and {@code name}, and one {@code Content} per event with its {@code
 * zipEntry} and {@code uid} parameter), written last. Holds the entry names until then. A package holds at most
 * {@value #MAX_EVENTS} events (the entry limit under which Paxmap, like ATAK, still opens one); {@link
 * SplitTakPackages} starts another package before a feature's events would go past it.
 */
final class TakPackageWriter implements FeatureWriter {
    /** The most events one package holds. */
    static final int MAX_EVENTS = 9_000;

    private final ZipOutputStream zip;
    private final ExportHeader header;
    private final List<String> uids = new ArrayList<>();
    private String name;

    TakPackageWriter(OutputStream out, ExportHeader header) {
        this.header = header;
        this.name = header.title();
        this.zip = ZipStreams.over(out);
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        return write(CotEvents.of(feature, header));
    }

    /** Whether {@code events} more events fit in this package. */
    boolean fits(int events) {
        return uids.size() + events <= MAX_EVENTS;
    }

    /** The package's name in its manifest (the picture's title until set), e.g. {@code Ops picture, part 2}. */
    void name(String packageName) {
        this.name = packageName;
    }

    /** Writes one feature's events (which must fit). */
    boolean write(List<CotEvents.Event> events) throws IOException {
        if (!fits(events.size())) {
            throw new IOException("a TAK data package holds at most " + MAX_EVENTS + " events; a feature with "
                    + events.size() + " does not fit (use the CoT events file)");
        }
        for (CotEvents.Event e : events) {
            entry(e.uid() + "/" + e.uid() + ".cot");
            XmlDocument xml = new XmlDocument(zip);
            e.body().writeTo(xml);
            xml.finish();
            zip.closeEntry();
            uids.add(e.uid());
        }
        return true;
    }

    @Override
    public void finish() throws IOException {
        entry("MANIFEST/manifest.xml");
        XmlDocument m = new XmlDocument(zip);
        m.start("MissionPackageManifest").attribute("version", "2");
        m.start("Configuration");
        String id = UUID.nameUUIDFromBytes(
                        (header.nodeId() + "/" + name + "/" + header.exportedAt()).getBytes(StandardCharsets.UTF_8))
                .toString();
        m.empty("Parameter", "name", "uid", "value", id);
        m.empty("Parameter", "name", "name", "value", name);
        m.end();
        m.start("Contents");
        for (String uid : uids) {
            m.start("Content").attribute("ignore", "false").attribute("zipEntry", uid + "/" + uid + ".cot");
            m.empty("Parameter", "name", "uid", "value", uid);
            m.end();
        }
        m.finish();
        zip.closeEntry();
        zip.finish();
    }

    private void entry(String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(header.exportedAt().toEpochMilli());
        zip.putNextEntry(e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
