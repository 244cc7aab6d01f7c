package org.paxmap.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * A TAK data package (mission package): a ZIP — or its unzipped folder — with {@code MANIFEST/manifest.xml}
 * listing its contents. The CoT events ({@code .cot}, {@code .xml}) and KML files listed are read as such; other
 * attachments (images, PDFs) and contents marked {@code ignore="true"} are skipped with the reason. The ZIP is read
 * under {@link ForeignZip}'s limits; in a folder, a listed path that leaves the folder is refused. Stateless.
 */
final class TakPackageReader implements FeatureReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.TAK_PACKAGE;
    }

    @Override
    public void read(Path file, ImportContext context, ImportSink sink) throws ImportException {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            folder(file, name, context, sink);
            return;
        }
        try (ForeignZip zip = ForeignZip.open(file)) {
            ZipEntry manifest = zip.entries().stream()
                    .filter(e -> TakPackageLayout.isManifest(e.getName()))
                    .findFirst()
                    .orElseThrow(
                            () -> new ImportException(name + ": no MANIFEST/manifest.xml, not a TAK data package"));
            List<String[]> contents;
            try (InputStream in = zip.open(manifest)) {
                contents = contents(in, name + ", MANIFEST/manifest.xml");
            } catch (IOException e) {
                throw new ImportException(name + ", MANIFEST/manifest.xml: cannot be read (" + e.getMessage() + ")", e);
            }
            String prefix =
                    manifest.getName().substring(0, manifest.getName().length() - "MANIFEST/manifest.xml".length());
            for (String[] content : contents) {
                String entryName = prefix + content[0];
                ZipEntry entry = zip.entries().stream()
                        .filter(e -> e.getName().equals(entryName))
                        .findFirst()
                        .orElse(null);
                if (entry == null) {
                    sink.skip("data package content missing from the ZIP", "listed in the manifest but absent");
                    continue;
                }
                if (readable(content, sink)) {
                    try (InputStream in = new BufferedInputStream(zip.open(entry), 1 << 16)) {
                        content(in, name + ", entry '" + entryName + "'", name, content[0], context, sink);
                    } catch (IOException e) {
                        throw new ImportException(
                                name + ", entry '" + entryName + "': cannot be read (" + e.getMessage() + ")", e);
                    }
                }
            }
        }
    }

    private static void folder(Path folder, String name, ImportContext context, ImportSink sink)
            throws ImportException {
        Path manifest = TakPackageLayout.manifestIn(folder);
        if (manifest == null) {
            throw new ImportException(name + ": no MANIFEST/manifest.xml, not a TAK data package");
        }
        List<String[]> contents;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(manifest))) {
            contents = contents(in, name + "/MANIFEST/manifest.xml");
        } catch (IOException e) {
            throw new ImportException(name + "/MANIFEST/manifest.xml: cannot be read (" + e.getMessage() + ")", e);
        }
        Path root = folder.toAbsolutePath().normalize();
        for (String[] content : contents) {
            Path p = root.resolve(content[0]).normalize();
            if (!p.startsWith(root)) {
                throw new ImportException(
                        name + ", content '" + content[0] + "': the path leaves the package folder;" + " refused");
            }
            if (!Files.isRegularFile(p)) {
                sink.skip("data package content missing from the folder", "listed in the manifest but absent");
                continue;
            }
            if (readable(content, sink)) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
                    content(in, name + "/" + content[0], name, content[0], context, sink);
                } catch (IOException e) {
                    throw new ImportException(name + "/" + content[0] + ": cannot be read (" + e.getMessage() + ")", e);
                }
            }
        }
    }

    /** Whether the content is a CoT event or KML to read; otherwise skips it with the reason. */
    private static boolean readable(String[] content, ImportSink sink) {
        if ("true".equalsIgnoreCase(content[1])) {
            sink.skip("data package content marked ignore", "the package says to ignore it");
            return false;
        }
        String lower = content[0].toLowerCase(Locale.ROOT);
        if (lower.endsWith(".cot") || lower.endsWith(".xml") || lower.endsWith(".kml")) {
            return true;
        }
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "no extension" : lower.substring(dot);
        sink.skip("data package attachment (" + ext + ")", "a file attached for people to open, not map data");
        return false;
    }

    private static void content(
            InputStream in, String where, String file, String entry, ImportContext context, ImportSink sink)
            throws ImportException {
        if (entry.toLowerCase(Locale.ROOT).endsWith(".kml")) {
            new KmlReader().read(in, where, file, context, sink);
        } else {
            new CotReader().read(in, where, file, context, sink);
        }
    }

    /** The manifest's contents: {zipEntry, ignore} in order. */
    private static List<String[]> contents(InputStream in, String where) throws ImportException {
        List<String[]> out = new ArrayList<>();
        try (XmlItems xml = new XmlItems(SecureXml.open(in), where)) {
            boolean root = true;
            for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root && !xml.name().equals("MissionPackageManifest")) {
                    throw xml.refuse("the root element is <" + xml.name() + ">, not <MissionPackageManifest>");
                }
                root = false;
                if (xml.name().equals("Content")) {
                    String entry = xml.attribute("zipEntry");
                    if (entry != null && !entry.isBlank()) {
                        out.add(new String[] {entry, xml.attribute("ignore")});
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException(where + ": not readable as XML (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
