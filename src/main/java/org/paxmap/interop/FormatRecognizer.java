package org.paxmap.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells which format a file is from its content — magic bytes, the root element of XML, the header row of a CSV —
 * never from its name alone, and names anything else plainly ("this is a PDF document, not a format Paxmap imports").
 * Reads at most the first 64 KiB of a file (and a ZIP's central directory). Stateless and thread-safe.
 */
public final class FormatRecognizer {
    static final String IMPORTS =
            "Paxmap imports GeoJSON, KML/KMZ, GPX, Cursor-on-Target, TAK data packages, ACLED CSV and GeoPackage";
    private static final int PREFIX = 64 * 1024;
    private static final Pattern LEGACY_ACLED_ID = Pattern.compile("\\d+[A-Z]{2,4}");

    private FormatRecognizer() {}

    /**
     * The format of {@code file} (a file, or a folder holding an unzipped TAK data package).
     *
     * @throws ImportException naming what the file is instead, or why it cannot be read
     */
    public static ImportFormat recognise(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            if (TakPackageLayout.manifestIn(file) != null) {
                return ImportFormat.TAK_PACKAGE;
            }
            throw new ImportException(name + ": a folder without MANIFEST/manifest.xml, not a TAK data package; "
                    + "import the files in it instead");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PREFIX);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": no such file");
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (head.length == 0) {
            throw new ImportException(name + ": the file is empty");
        }
        if (startsWith(head, "PK\u0003\u0004") || startsWith(head, "PK\u0005\u0006")) {
            return zip(file, name);
        }
        if (startsWith(head, "SQLite format 3\u0000")) {
            return ImportFormat.GEOPACKAGE;
        }
        String binary = binaryKind(head);
        if (binary != null) {
            throw notImported(name, binary);
        }
        String text = text(head);
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            throw new ImportException(name + ": the file holds only blank space");
        }
        char first = text.charAt(i);
        if (first == '<') {
            return xml(name, text.substring(i));
        }
        if (first == '{' || first == '[') {
            return ImportFormat.GEOJSON;
        }
        if (acled(text.substring(i))) {
            return ImportFormat.ACLED;
        }
        if (text.indexOf('\u0000') >= 0) {
            throw notImported(name, "a binary file of a kind Paxmap does not know");
        }
        throw notImported(
                name,
                "plain text (a CSV is imported only as an ACLED export, with its header row or the legacy"
                        + " column order)");
    }

    private static ImportException notImported(String name, String what) {
        return new ImportException(name + ": this is " + what + ", not a format Paxmap imports (" + IMPORTS + ")");
    }

    private static ImportFormat zip(Path file, String name) throws ImportException {
        boolean kml = false;
        boolean office = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int n = 0;
            while (entries.hasMoreElements() && n++ < 100_000) {
                String entry = entries.nextElement().getName();
                String lower = entry.toLowerCase(Locale.ROOT);
                if (TakPackageLayout.isManifest(entry)) {
                    return ImportFormat.TAK_PACKAGE;
                }
                kml |= lower.endsWith(".kml");
                office |= entry.equals("[Content_Types].xml");
            }
        } catch (ZipException e) {
            throw new ImportException(name + ": a damaged ZIP archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (kml) {
            return ImportFormat.KMZ;
        }
        if (office) {
            throw notImported(name, "an Office document");
        }
        throw notImported(
                name,
                "a ZIP archive holding neither a KML file (a KMZ) nor MANIFEST/manifest.xml (a TAK data package)");
    }

    private static ImportFormat xml(String name, String text) throws ImportException {
        String root = XmlRoot.name(text);
        if (root == null) {
            throw new ImportException(name + ": XML whose root element does not start within the first 64 KiB"
                    + " (or is malformed); not a format Paxmap recognises");
        }
        return switch (root) {
            case XmlRoot.DOCTYPE ->
                throw new ImportException(name + ": XML with a document type declaration (<!DOCTYPE>); Paxmap refuses"
                        + " DTDs in imported files, as their entities are the means of entity-expansion ('billion"
                        + " laughs') and external-entity attacks");
            case "kml", "Document", "Folder", "Placemark" -> ImportFormat.KML;
            case "gpx" -> ImportFormat.GPX;
            case "event", "events" -> ImportFormat.COT;
            case "html" -> throw notImported(name, "an HTML page");
            case "svg" -> throw notImported(name, "an SVG image");
            default ->
                throw notImported(
                        name, "an XML document with root element <" + root + ">, not KML, GPX or Cursor-on-Target");
        };
    }

    /** ACLED: a header naming event_id_cnty and latitude (any case), or a legacy row with an id like {@code 1ALG}. */
    private static boolean acled(String text) {
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).trim();
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("event_id_cnty") && lower.contains("latitude")) {
            return true;
        }
        String[] cells = line.split(",", -1);
        return cells.length >= 20
                && cells[0].matches("\\d+")
                && LEGACY_ACLED_ID.matcher(cells[1]).matches();
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "a PDF document";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "a PNG image";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(b, "GIF8")) {
            return "a GIF image";
        }
        if (b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "a gzip-compressed file (unpack it first)";
        }
        if (startsWith(b, "Rar!") || (b.length > 3 && b[0] == '7' && b[1] == 'z' && (b[2] & 0xFF) == 0xBC)) {
            return "a RAR or 7-Zip archive";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11) {
            return "an old Microsoft Office document";
        }
        if (b.length > 3 && b[0] == 0 && b[1] == 0 && b[2] == 0x27 && b[3] == 0x0A) {
            return "an ESRI shapefile (convert it to GeoPackage or GeoJSON first)";
        }
        return null;
    }

    /** The prefix as text: UTF-16 by its byte-order mark, else UTF-8 (a BOM dropped); bad bytes replaced. */
    private static String text(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(b, from, b.length - from, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
