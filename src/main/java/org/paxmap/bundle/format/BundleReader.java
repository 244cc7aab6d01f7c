package org.paxmap.bundle.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.paxmap.bytes.Sha256;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * Reads a {@code .paxb} file and returns a verified {@link Bundle}, or refuses the whole bundle with a {@link
 * BundleException} that says which rule refused it and names the file, entry or feature. Nothing is extracted to the
 * file system: entries are read into memory under {@link BundleLimits}. Thread-safe if the {@link SignerKeys} is (the
 * reader keeps no state between reads).
 *
 * <p>The order of the checks: the ZIP structure (end record, central directory, names, flags, methods, sizes and
 * ratio, local headers, no overlap or gap — see {@link ZipArchive}); the {@code mimetype} entry first, stored and
 * right; the manifest, strictly parsed; the signature over the manifest's exact bytes, by a trusted key of the
 * sender's node; then every other entry listed and every listed entry present with its size and SHA-256; last the
 * layer files, parsed within limits, with their feature and tombstone counts. Signature verification precedes every
 * look at the data files.
 */
public final class BundleReader {
    private final SignerKeys keys;
    private final BundleLimits limits;

    /** A reader that trusts the keys of {@code keys} and applies {@code limits}. */
    public BundleReader(SignerKeys keys, BundleLimits limits) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A reader with {@link BundleLimits#DEFAULTS}. */
    public BundleReader(SignerKeys keys) {
        this(keys, BundleLimits.DEFAULTS);
    }

    /**
     * Reads and verifies {@code file}.
     *
     * @throws BundleException if any rule of the bundle format refuses it; nothing of it is returned then
     */
    public Bundle read(Path file) throws BundleException {
        String bundle = String.valueOf(file.getFileName());
        try (ZipArchive zip = ZipArchive.open(file, bundle, limits)) {
            return read(file, bundle, zip);
        } catch (IOException e) {
            // close() failed after a complete read: the bundle was read, but report it rather than hide it
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be closed: " + e, e);
        }
    }

    /**
     * The writer's read-back of the bundle it has just written to {@code file}: every check of {@link #read} on the
     * container, the manifest and its signature, the entry list, sizes and SHA-256 digests, and the manifest bytes
     * read back must be {@code manifestBytes}, the ones the writer signed. The layer files are not decoded again: the
     * digests prove them byte for byte the files the writer parsed with the same strict reader to count their
     * features and tombstones into that manifest. The returned bundle decodes its features when first asked.
     */
    Bundle readBack(Path file, byte[] manifestBytes) throws BundleException {
        String bundle = String.valueOf(file.getFileName());
        try (ZipArchive zip = ZipArchive.open(file, bundle, limits)) {
            Verified v = verify(bundle, zip);
            if (!java.util.Arrays.equals(v.manifestBytes(), manifestBytes)) {
                throw new BundleException(
                        BundleRefusal.MANIFEST_INVALID,
                        bundle,
                        BundleEntries.MANIFEST,
                        "read back, it differs from the manifest just written");
            }
            return new Bundle(file, v.manifest(), v.signer(), () -> decode(bundle, v), v.files());
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be closed: " + e, e);
        }
    }

    /** What {@link #verify} established: the manifest (and its bytes), its signer and the verified listed files. */
    private record Verified(Manifest manifest, byte[] manifestBytes, TrustedSigner signer, Map<String, byte[]> files) {}

    private Bundle read(Path file, String bundle, ZipArchive zip) throws BundleException {
        Verified v = verify(bundle, zip);
        return new Bundle(file, v.manifest(), v.signer(), decode(bundle, v), v.files());
    }

    /** The container, the manifest and its signature, the entry list, sizes and digests: all but the layer files' JSON. */
    private Verified verify(String bundle, ZipArchive zip) throws BundleException {
        List<ZipArchive.Entry> entries = zip.entries();
        Map<String, ZipArchive.Entry> byName = new LinkedHashMap<>();
        for (ZipArchive.Entry e : entries) {
            byName.put(e.name(), e);
        }
        mimetype(bundle, zip, entries);

        ZipArchive.Entry manifestEntry = byName.get(BundleEntries.MANIFEST);
        if (manifestEntry == null) {
            throw new BundleException(
                    BundleRefusal.MANIFEST_MISSING, bundle, BundleEntries.MANIFEST, "missing: not a signed bundle");
        }
        byte[] manifestBytes = zip.read(manifestEntry);
        Manifest manifest = Manifest.parse(manifestBytes, bundle);

        ZipArchive.Entry signatureEntry = byName.get(BundleEntries.SIGNATURE);
        if (signatureEntry == null) {
            throw new BundleException(
                    BundleRefusal.UNSIGNED,
                    bundle,
                    BundleEntries.SIGNATURE,
                    "missing: the bundle is unsigned and is refused");
        }
        TrustedSigner signer =
                ManifestSignature.verify(zip.read(signatureEntry), manifestBytes, manifest.sender(), keys, bundle);

        for (ZipArchive.Entry e : entries) {
            boolean reserved = e.name().equals(BundleEntries.MIMETYPE)
                    || e.name().equals(BundleEntries.MANIFEST)
                    || e.name().equals(BundleEntries.SIGNATURE);
            if (!reserved && manifest.content(e.name()) == null) {
                throw new BundleException(
                        BundleRefusal.UNLISTED_ENTRY,
                        bundle,
                        e.name(),
                        "the entry is not listed in the signed manifest");
            }
        }
        Map<String, byte[]> files = new HashMap<>();
        for (Manifest.Content c : manifest.contents()) {
            ZipArchive.Entry e = byName.get(c.path());
            if (e == null) {
                throw new BundleException(
                        BundleRefusal.MISSING_ENTRY,
                        bundle,
                        c.path(),
                        "listed in the manifest but missing from the bundle");
            }
            if (e.size() != c.size()) {
                throw sizeMismatch(bundle, c, e.size());
            }
            byte[] bytes = zip.read(e);
            if (bytes.length != c.size()) {
                throw sizeMismatch(bundle, c, bytes.length);
            }
            String sha256 = Sha256.hex(bytes);
            if (!sha256.equals(c.sha256())) {
                throw new BundleException(
                        BundleRefusal.DIGEST_MISMATCH,
                        bundle,
                        c.path(),
                        "SHA-256 " + sha256 + " differs from the manifest's " + c.sha256()
                                + " (the file was altered after signing)");
            }
            files.put(c.path(), bytes);
        }
        return new Verified(manifest, manifestBytes, signer, files);
    }

    /** The layer files decoded, each checked against the manifest's feature and tombstone counts. */
    private Map<Layer, List<Feature>> decode(String bundle, Verified v) throws BundleException {
        Manifest manifest = v.manifest();
        Map<String, byte[]> files = v.files();
        Map<UUID, String> seen = new HashMap<>();
        LayerFileReader layers = new LayerFileReader(bundle, limits, seen);
        Map<Layer, List<Feature>> features = new EnumMap<>(Layer.class);
        for (Manifest.Content c : manifest.contents()) {
            List<Feature> read = layers.read(c.path(), c.layer(), files.get(c.path()));
            long tombstones = read.stream().filter(f -> f.sync().deleted()).count();
            if (read.size() != c.features()) {
                throw new BundleException(
                        BundleRefusal.FEATURE_COUNT_MISMATCH,
                        bundle,
                        c.path(),
                        read.size() + " features, but the manifest says " + c.features());
            }
            if (tombstones != c.tombstones()) {
                throw new BundleException(
                        BundleRefusal.TOMBSTONE_COUNT_MISMATCH,
                        bundle,
                        c.path(),
                        tombstones + " tombstones, but the manifest says " + c.tombstones());
            }
            features.put(c.layer(), read);
        }
        return features;
    }

    private static void mimetype(String bundle, ZipArchive zip, List<ZipArchive.Entry> entries) throws BundleException {
        String name = BundleEntries.MIMETYPE;
        ZipArchive.Entry first = entries.isEmpty() ? null : entries.get(0);
        if (first == null || !first.name().equals(name) || first.localOffset() != 0) {
            boolean present = entries.stream().anyMatch(e -> e.name().equals(name));
            throw new BundleException(
                    BundleRefusal.MIMETYPE_NOT_FIRST,
                    bundle,
                    name,
                    present ? "must be the first entry" : "missing: not a Paxmap bundle");
        }
        if (first.method() != 0) {
            throw new BundleException(
                    BundleRefusal.MIMETYPE_COMPRESSED, bundle, name, "must be stored, not compressed");
        }
        byte[] expected = BundleEntries.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        if (first.size() != expected.length || !Arrays.equals(zip.read(first), expected)) {
            throw new BundleException(
                    BundleRefusal.MIMETYPE_WRONG, bundle, name, "does not hold " + BundleEntries.MEDIA_TYPE);
        }
    }

    private static BundleException sizeMismatch(String bundle, Manifest.Content c, long actual) {
        return new BundleException(
                BundleRefusal.SIZE_MISMATCH, bundle, c.path(), actual + " bytes, but the manifest says " + c.size());
    }
}
