package org.paxmap.bundle.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.paxmap.bytes.AtomicFile;
import org.paxmap.bytes.Sha256;

/**
 * Writes a signed bundle: {@code mimetype} first and stored, {@code META-INF/manifest.json} (canonical), {@code
 * META-INF/manifest.jws}, then the layer files, deflated. The file is written under a temporary name in the target
 * folder, forced to disk, renamed atomically into place, and then re-read and verified with {@link BundleReader}
 * against the sender's own key before it is returned, so a bundle this writer returns is one every reader accepts.
 * Thread-safe (stateless apart from the immutable identity and limits).
 *
 * <p>The feature and tombstone counts of the manifest are taken by parsing the layer bytes with the same strict reader
 * that importers use (counted as they stream past, not kept): a layer file that an importer would refuse is refused
 * here, before anything is written. The re-read checks everything a reader checks but the layer files' JSON: the ZIP
 * container (central directory against local headers, entries tiling the file, inflation within limits), the
 * mimetype, the manifest's canonical form and its Ed25519 signature, that the manifest read back is byte for byte the
 * one signed, no unlisted or missing entry, and each layer file's size and SHA-256 against the manifest. Those digests
 * make each layer file byte for byte the one parsed and counted here, so it is not decoded a second time; the returned
 * bundle decodes its features only if asked for them.
 */
public final class BundleWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A fixed entry time, so that a bundle's ZIP metadata says nothing about when or where it was made. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final SenderIdentity sender;
    private final BundleLimits limits;
    private final Clock clock;

    /** A writer signing as {@code sender}, checking with {@code limits}, stamping {@code createdAt} from {@code clock}. */
    public BundleWriter(SenderIdentity sender, BundleLimits limits, Clock clock) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A writer with {@link BundleLimits#DEFAULTS} and the system clock. */
    public BundleWriter(SenderIdentity sender) {
        this(sender, BundleLimits.DEFAULTS, Clock.systemUTC());
    }

    /** A neutral file name {@code paxmap-<16 random hex digits>.paxb}: no unit, classification or date in it. */
    public static String defaultFileName() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "paxmap-" + HexFormat.of().formatHex(random) + ".paxb";
    }

    /** Writes the bundle into {@code folder} under {@link #defaultFileName()}. */
    public Bundle writeInto(Path folder, BundleRequest request, List<LayerFile> layers)
            throws IOException, BundleException {
        return write(folder.resolve(defaultFileName()), request, layers);
    }

    /**
     * Writes the bundle to {@code target}, which must not exist yet, and returns it as read back and verified.
     *
     * @param layers at most one file per layer
     * @throws FileAlreadyExistsException if {@code target} exists
     * @throws BundleException if a layer file is refused, or (a bug) the written bundle does not verify; the target
     *     is then left absent
     * @throws IOException if writing fails; the temporary file is removed
     */
    public Bundle write(Path target, BundleRequest request, List<LayerFile> layers)
            throws IOException, BundleException {
        return write(target, request, layers, true);
    }

    /**
     * As {@link #write(Path, BundleRequest, List)} but not forced to disk: for the private scratch copy of a bundle that
     * is encrypted into its real target and deleted at once (that target is forced).
     */
    public Bundle writeScratch(Path target, BundleRequest request, List<LayerFile> layers)
            throws IOException, BundleException {
        return write(target, request, layers, false);
    }

    private Bundle write(Path target, BundleRequest request, List<LayerFile> layers, boolean durable)
            throws IOException, BundleException {
        String name = String.valueOf(target.getFileName());
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Manifest manifest = manifest(name, request, layers);
        byte[] manifestBytes = manifest.canonicalBytes();
        byte[] signature;
        try {
            signature = ManifestSignature.sign(manifestBytes, sender.kid(), sender.privateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sender's private key cannot sign with Ed25519: " + e, e);
        }
        AtomicFile.writeNew(
                target,
                ".paxmap-",
                ".partial",
                channel -> {
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                    stored(zip, BundleEntries.MIMETYPE, BundleEntries.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
                    deflated(zip, BundleEntries.MANIFEST, manifestBytes);
                    deflated(zip, BundleEntries.SIGNATURE, signature);
                    if (!request.keyStatements().isEmpty()) {
                        deflated(zip, KeyStatements.ENTRY, KeyStatements.bytes(request.keyStatements()));
                    }
                    if (!request.certificates().isEmpty()) {
                        deflated(zip, Certificates.ENTRY, Certificates.bytes(request.certificates()));
                    }
                    for (LayerFile layer : layers) {
                        try (java.io.InputStream in = layer.open()) {
                            deflated(zip, layer.path(), in);
                        }
                    }
                    zip.finish();
                    zip.flush();
                },
                durable);
        try {
            return new BundleReader(
                            kid -> kid.equals(sender.kid())
                                    ? Optional.of(new TrustedSigner(sender.nodeId(), sender.kid(), sender.publicKey()))
                                    : Optional.empty(),
                            limits)
                    .readBack(target, manifestBytes);
        } catch (BundleException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private Manifest manifest(String bundle, BundleRequest request, List<LayerFile> layers) throws BundleException {
        List<Manifest.Content> contents = new ArrayList<>();
        Set<org.paxmap.model.Layer> seenLayers = EnumSet.noneOf(org.paxmap.model.Layer.class);
        LayerFileReader reader = new LayerFileReader(bundle, limits, new HashMap<>());
        for (LayerFile layer : layers) {
            if (!seenLayers.add(layer.layer())) {
                throw new IllegalArgumentException(
                        "two files for layer " + layer.layer().tableName());
            }
            java.security.MessageDigest digest = Sha256.newDigest();
            LayerFileReader.Counts counts;
            try (java.io.InputStream in = new java.security.DigestInputStream(layer.open(), digest)) {
                counts = reader.count(layer.path(), layer.layer(), in);
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // the bytes are in memory
            }
            contents.add(new Manifest.Content(
                    layer.path(),
                    Manifest.GEOJSON_MEDIA_TYPE,
                    layer.layer(),
                    layer.size(),
                    Sha256.hex(digest),
                    counts.features(),
                    counts.tombstones()));
        }
        return new Manifest(
                Manifest.FORMAT,
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                sender.sender(),
                request.recipients(),
                request.stream(),
                request.sync(),
                request.label(),
                contents);
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        deflated(zip, name, new java.io.ByteArrayInputStream(bytes));
    }

    private static void deflated(ZipOutputStream zip, String name, java.io.InputStream bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        bytes.transferTo(zip);
        zip.closeEntry();
    }
}
