package org.paxmap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.format.ManifestSignature;
import org.paxmap.bytes.Sha256;

/**
 * A genuine bundle taken apart into its entries so that a test can alter any of them and write it back with
 * {@code java.util.zip}, as someone altering the stick on the way would: replace an entry's text (keeping the genuine
 * signature, {@link #alter}), replace a layer file and re-sign a manifest that lists the new bytes with the sender's
 * real key ({@link #replaceSigned}), add or drop entries, replace the manifest or signature bytes. Not thread-safe
 * (one test's working copy).
 */
public final class HostileBundle {
    /** The manifest entry. */
    public static final String MANIFEST = "META-INF/manifest.json";

    /** The signature entry. */
    public static final String SIGNATURE = "META-INF/manifest.jws";

    /** The entries by name, in the order they are written; tests change this map freely. */
    public final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();

    private HostileBundle() {}

    /**
     * Copies the bundle {@code in} to {@code out} with the text of one entry changed and the genuine signature kept:
     * a well-formed ZIP whose content was altered.
     */
    public static void alter(Path in, Path out, String entry, UnaryOperator<String> change) throws IOException {
        HostileBundle b = of(in);
        b.entries.put(entry, change.apply(b.text(entry)).getBytes(StandardCharsets.UTF_8));
        b.write(out);
    }

    /** The entries of {@code genuine}, in order. */
    public static HostileBundle of(Path genuine) throws IOException {
        HostileBundle b = new HostileBundle();
        try (ZipFile zip = new ZipFile(genuine.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    b.entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return b;
    }

    /** The text (UTF-8) of {@code entry}. */
    public String text(String entry) {
        return new String(entries.get(entry), StandardCharsets.UTF_8);
    }

    /** The manifest entry, parsed. */
    public Manifest manifest() throws Exception {
        return Manifest.parse(entries.get(MANIFEST), "genuine.paxb");
    }

    /** Replaces {@code path} and writes a manifest listing its new size and SHA-256, signed by {@code key}. */
    public HostileBundle replaceSigned(String path, byte[] bytes, String kid, PrivateKey key) throws Exception {
        entries.put(path, bytes);
        Manifest m = manifest();
        List<Manifest.Content> contents = new ArrayList<>();
        for (Manifest.Content c : m.contents()) {
            contents.add(
                    c.path().equals(path)
                            ? new Manifest.Content(
                                    c.path(),
                                    c.mediaType(),
                                    c.layer(),
                                    bytes.length,
                                    Sha256.hex(bytes),
                                    c.features(),
                                    c.tombstones())
                            : c);
        }
        Manifest altered = copy(m, m.bundleId(), m.createdAt(), m.sender(), m.stream(), m.sync(), contents);
        return signManifest(altered.canonicalBytes(), kid, key);
    }

    /** Re-signs the manifest as {@code change} makes it (e.g. {@link #createdAt}, {@link #sender}) with {@code key}. */
    public HostileBundle resign(UnaryOperator<Manifest> change, String kid, PrivateKey key) throws Exception {
        return signManifest(change.apply(manifest()).canonicalBytes(), kid, key);
    }

    /** {@code m} created at {@code createdAt}. */
    public static Manifest createdAt(Manifest m, java.time.Instant createdAt) {
        return copy(m, m.bundleId(), createdAt, m.sender(), m.stream(), m.sync(), m.contents());
    }

    /** {@code m} with {@code sender}. */
    public static Manifest sender(Manifest m, Manifest.Sender sender) {
        return copy(m, m.bundleId(), m.createdAt(), sender, m.stream(), m.sync(), m.contents());
    }

    /** {@code m} under another bundle id. */
    public static Manifest bundleId(Manifest m, java.util.UUID bundleId) {
        return copy(m, bundleId, m.createdAt(), m.sender(), m.stream(), m.sync(), m.contents());
    }

    /** {@code m} with the stream positions {@code stream} (recipient → sequence and previous manifest). */
    public static Manifest stream(Manifest m, Map<String, Manifest.StreamPosition> stream) {
        return copy(m, m.bundleId(), m.createdAt(), m.sender(), stream, m.sync(), m.contents());
    }

    /** {@code m} with the sync mode and acknowledgements {@code sync}. */
    public static Manifest sync(Manifest m, Manifest.Sync sync) {
        return copy(m, m.bundleId(), m.createdAt(), m.sender(), m.stream(), sync, m.contents());
    }

    private static Manifest copy(
            Manifest m,
            java.util.UUID bundleId,
            java.time.Instant createdAt,
            Manifest.Sender sender,
            Map<String, Manifest.StreamPosition> stream,
            Manifest.Sync sync,
            List<Manifest.Content> contents) {
        return new Manifest(m.format(), bundleId, createdAt, sender, m.recipients(), stream, sync, m.label(), contents);
    }

    /** Puts {@code manifestBytes} (any bytes) in place and signs them with {@code key}. */
    public HostileBundle signManifest(byte[] manifestBytes, String kid, PrivateKey key) throws Exception {
        entries.put(MANIFEST, manifestBytes);
        entries.put(SIGNATURE, ManifestSignature.sign(manifestBytes, kid, key));
        return this;
    }

    /** Writes the entries to {@code file}: {@code mimetype} stored, everything else deflated, names as given. */
    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                byte[] data = e.getValue();
                if (e.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return file;
    }
}
