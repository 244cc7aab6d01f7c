package org.paxmap.bundle.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
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
 * file system: the manifest and signature are read into memory under {@link BundleLimits}, the layer files are
 * streamed from the file twice — once through SHA-256 against the signed manifest, then through the parser and the
 * digest again (a file changed in between is refused) — so that no layer file is ever held in memory whole. Thread-safe if the {@link SignerKeys} is (the
 * reader keeps no state between reads).
 *
 * <p>The order of the checks: the ZIP structure (end record, central directory, names, flags, methods, sizes and
 * ratio, local headers, no overlap or gap — see {@link ZipArchive}); the {@code mimetype} entry first, stored and
 * right; the signature over the manifest's exact bytes, by the trusted key the protected header names, before the
 * manifest is parsed; the manifest, strictly parsed, whose sender must be that key's node; then every other entry listed and every listed entry present with its size and SHA-256; last the
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
            return new Bundle(file, v.manifest(), v.signer(), () -> decodeAgain(file, bundle, v), entryBytes(file, v));
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be closed: " + e, e);
        }
    }

    /** What {@link #verify} established: the manifest (and its bytes), its signer and the verified listed entries. */
    private record Verified(
            Manifest manifest, byte[] manifestBytes, TrustedSigner signer, Map<String, ZipArchive.Entry> entries) {}

    private Bundle read(Path file, String bundle, ZipArchive zip) throws BundleException {
        Verified v = verify(bundle, zip);
        return new Bundle(file, v.manifest(), v.signer(), decode(bundle, zip, v), entryBytes(file, v));
    }

    /** The lazy decoding of a bundle read back: the file opened again, its layer files streamed and digested again. */
    private Map<Layer, List<Feature>> decodeAgain(Path file, String bundle, Verified v) throws BundleException {
        try (ZipArchive zip = ZipArchive.open(file, bundle, limits)) {
            return decode(bundle, zip, entriesOf(bundle, zip, v.manifest()), v);
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be closed: " + e, e);
        }
    }

    /** A listed file's bytes read again from {@code file} when asked for, and checked against the manifest's digest. */
    private Bundle.EntryBytes entryBytes(Path file, Verified v) {
        return path -> {
            Manifest.Content c = v.manifest().content(path);
            if (c == null) {
                return java.util.Optional.empty();
            }
            String bundle = String.valueOf(file.getFileName());
            try (ZipArchive zip = ZipArchive.open(file, bundle, limits)) {
                byte[] bytes = zip.read(entriesOf(bundle, zip, v.manifest()).get(path));
                if (!Sha256.hex(bytes).equals(c.sha256())) {
                    throw changed(bundle, c);
                }
                return java.util.Optional.of(bytes);
            } catch (IOException e) {
                throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be closed: " + e, e);
            }
        };
    }

    /** The listed entries of an archive opened again, each present with its listed size. */
    private static Map<String, ZipArchive.Entry> entriesOf(String bundle, ZipArchive zip, Manifest manifest)
            throws BundleException {
        Map<String, ZipArchive.Entry> listed = new HashMap<>();
        for (ZipArchive.Entry e : zip.entries()) {
            Manifest.Content c = manifest.content(e.name());
            if (c != null) {
                if (e.size() != c.size()) {
                    throw sizeMismatch(bundle, c, e.size());
                }
                listed.put(e.name(), e);
            }
        }
        for (Manifest.Content c : manifest.contents()) {
            if (!listed.containsKey(c.path())) {
                throw new BundleException(
                        BundleRefusal.MISSING_ENTRY,
                        bundle,
                        c.path(),
                        "listed in the manifest but missing from the bundle");
            }
        }
        return listed;
    }

    private static BundleException changed(String bundle, Manifest.Content c) {
        return new BundleException(
                BundleRefusal.DIGEST_MISMATCH,
                bundle,
                c.path(),
                "changed while it was being read: its SHA-256 no longer matches the manifest's " + c.sha256());
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

        ZipArchive.Entry signatureEntry = byName.get(BundleEntries.SIGNATURE);
        if (signatureEntry == null) {
            throw new BundleException(
                    BundleRefusal.UNSIGNED,
                    bundle,
                    BundleEntries.SIGNATURE,
                    "missing: the bundle is unsigned and is refused");
        }
        // key statements first (a rotation tells the new key), each signed by a key already trusted
        SignerKeys known = keys;
        ZipArchive.Entry statementsEntry = byName.get(KeyStatements.ENTRY);
        if (statementsEntry != null) {
            if (statementsEntry.size() > KeyStatements.MAX_BYTES) {
                throw new BundleException(
                        BundleRefusal.KEY_STATEMENT_INVALID,
                        bundle,
                        KeyStatements.ENTRY,
                        "larger than " + KeyStatements.MAX_BYTES + " bytes");
            }
            known = keys.withStatements(KeyStatements.parse(zip.read(statementsEntry), bundle), bundle);
        }
        // then the certificates (a trusted root may vouch for a key this picture has never met) and revocations
        ZipArchive.Entry certificatesEntry = byName.get(Certificates.ENTRY);
        if (certificatesEntry != null) {
            if (certificatesEntry.size() > Certificates.MAX_BYTES) {
                throw new BundleException(
                        BundleRefusal.CERTIFICATE_INVALID,
                        bundle,
                        Certificates.ENTRY,
                        "larger than " + Certificates.MAX_BYTES + " bytes");
            }
            known = known.withCertificates(Certificates.parse(zip.read(certificatesEntry), bundle), bundle);
        }
        // the signature over the raw bytes first (key id from the protected header), then the manifest is parsed
        TrustedSigner signer = ManifestSignature.verify(zip.read(signatureEntry), manifestBytes, known, bundle);
        Manifest manifest = Manifest.parse(manifestBytes, bundle);
        ManifestSignature.requireSender(signer, manifest.sender(), bundle);
        ManifestSignature.requireInForce(signer, manifest.createdAt(), bundle);

        for (ZipArchive.Entry e : entries) {
            boolean reserved = e.name().equals(BundleEntries.MIMETYPE)
                    || e.name().equals(BundleEntries.MANIFEST)
                    || e.name().equals(BundleEntries.SIGNATURE)
                    || e.name().equals(KeyStatements.ENTRY)
                    || e.name().equals(Certificates.ENTRY);
            if (!reserved && manifest.content(e.name()) == null) {
                throw new BundleException(
                        BundleRefusal.UNLISTED_ENTRY,
                        bundle,
                        e.name(),
                        "the entry is not listed in the signed manifest");
            }
        }
        Map<String, ZipArchive.Entry> listed = new HashMap<>();
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
            // streamed through the digest, not kept: the layer files are read again, entry by entry, to be parsed
            MessageDigest digest = Sha256.newDigest();
            long size = stream(zip, e, digest, null);
            if (size != c.size()) {
                throw sizeMismatch(bundle, c, size);
            }
            String sha256 = Sha256.hex(digest);
            if (!sha256.equals(c.sha256())) {
                throw new BundleException(
                        BundleRefusal.DIGEST_MISMATCH,
                        bundle,
                        c.path(),
                        "SHA-256 " + sha256 + " differs from the manifest's " + c.sha256()
                                + " (the file was altered after signing)");
            }
            listed.put(c.path(), e);
        }
        return new Verified(manifest, manifestBytes, signer, listed);
    }

    /** The layer files decoded, each checked against the manifest's feature and tombstone counts. */
    private Map<Layer, List<Feature>> decode(String bundle, ZipArchive zip, Verified v) throws BundleException {
        return decode(bundle, zip, v.entries(), v);
    }

    /**
     * The layer files of {@code zip} decoded one after the other, each streamed from the file through the parser and
     * the digest at once (never held whole), checked against the manifest's digest, feature and tombstone counts.
     */
    private Map<Layer, List<Feature>> decode(
            String bundle, ZipArchive zip, Map<String, ZipArchive.Entry> entries, Verified v) throws BundleException {
        Manifest manifest = v.manifest();
        Map<UUID, String> seen = new HashMap<>();
        LayerFileReader layers = new LayerFileReader(bundle, limits, seen);
        Map<Layer, List<Feature>> features = new EnumMap<>(Layer.class);
        for (Manifest.Content c : manifest.contents()) {
            MessageDigest digest = Sha256.newDigest();
            List<Feature> read = new ArrayList<>();
            stream(zip, entries.get(c.path()), digest, in -> read.addAll(layers.read(c.path(), c.layer(), in)));
            // the digest was checked on the first pass; the file must not have changed since
            if (!Sha256.hex(digest).equals(c.sha256())) {
                throw changed(bundle, c);
            }
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

    /** What reads an entry's stream (then drained and checked to its end). */
    @FunctionalInterface
    private interface EntryConsumer {
        void accept(InputStream in) throws BundleException;
    }

    /**
     * Streams {@code entry} through {@code digest}, handing the stream to {@code consumer} first if there is one,
     * then reading what it left to the end (where the size and CRC-32 are checked).
     *
     * @return the entry's size in bytes
     */
    private static long stream(ZipArchive zip, ZipArchive.Entry entry, MessageDigest digest, EntryConsumer consumer)
            throws BundleException {
        try (EntryStream raw = zip.open(entry);
                DigestInputStream in = new DigestInputStream(raw, digest)) {
            CountingStream counted = new CountingStream(in);
            if (consumer != null) {
                consumer.accept(counted);
            }
            counted.transferTo(OutputStream.nullOutputStream());
            return counted.count;
        } catch (EntryStream.Refused e) {
            throw e.refusal;
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, zip.bundle(), entry.name(), "cannot be read: " + e, e);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller closes the entry stream
        }
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
