package org.paxmap.bundle.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * A bundle that has been read and verified as a whole: its manifest, the trusted signer, and the features of each
 * layer file (tombstones included). Immutable; {@link #fileBytes} reads a file again from the bundle file. The bundle a {@link BundleWriter}
 * returns decodes its (verified) layer files only when its features are first asked for.
 */
public final class Bundle {
    private final Path file;
    private final Manifest manifest;
    private final TrustedSigner signer;
    private final EntryBytes files;
    /** Decodes the layer files, when the features were not decoded at construction; null once they are. */
    private Decoder decoder;
    /** Guarded by this once {@link #decoder} is set. */
    private Map<Layer, List<Feature>> features;

    /** A listed file's bytes, read again from the bundle file and checked against the manifest when asked for. */
    interface EntryBytes {
        /** The bytes of listed file {@code path}, or empty if the manifest lists no such file. */
        java.util.Optional<byte[]> read(String path) throws BundleException;
    }

    /** Decodes the verified layer files of a bundle into features per layer. */
    interface Decoder {
        Map<Layer, List<Feature>> decode() throws BundleException;
    }

    Bundle(Path file, Manifest manifest, TrustedSigner signer, Map<Layer, List<Feature>> features, EntryBytes files) {
        this.file = file;
        this.manifest = manifest;
        this.signer = signer;
        this.features = copy(features);
        this.files = files;
    }

    /**
     * A bundle whose layer files, verified byte for byte against features already read and counted by the strict
     * reader, are decoded on the first call that needs the features (the writer's read-back).
     */
    Bundle(Path file, Manifest manifest, TrustedSigner signer, Decoder decoder, EntryBytes files) {
        this.file = file;
        this.manifest = manifest;
        this.signer = signer;
        this.decoder = decoder;
        this.files = files;
    }

    private static Map<Layer, List<Feature>> copy(Map<Layer, List<Feature>> features) {
        EnumMap<Layer, List<Feature>> copy = new EnumMap<>(Layer.class);
        features.forEach((layer, list) -> copy.put(layer, List.copyOf(list)));
        return copy;
    }

    private synchronized Map<Layer, List<Feature>> features() {
        if (features == null) {
            try {
                features = copy(decoder.decode());
            } catch (BundleException e) {
                // the bytes are those the writer parsed and counted with the same reader: a bug, not a bad bundle
                throw new IllegalStateException("a bundle verified on writing does not decode: " + e.getMessage(), e);
            }
            decoder = null;
        }
        return features;
    }

    /**
     * This bundle as the file {@code file}: the same verified content, read from a private decrypted copy, named by the
     * encrypted file the user chose (or written to a private copy that was then encrypted into {@code file}).
     */
    public Bundle at(Path file) {
        Map<Layer, List<Feature>> decoded = features();
        return new Bundle(file, manifest, signer, decoded, files);
    }

    /** The bundle file. */
    public Path file() {
        return file;
    }

    /** The verified manifest. */
    public Manifest manifest() {
        return manifest;
    }

    /** The trust-list entry whose key signed the manifest; its node id is the manifest's sender. */
    public TrustedSigner signer() {
        return signer;
    }

    /** The features of {@code layer}'s file in file order, or an empty list if the bundle has no such file. */
    public List<Feature> features(Layer layer) {
        return features().getOrDefault(layer, List.of());
    }

    /** The features of every layer file, incidents first, then routes, then zones. */
    public List<Feature> allFeatures() {
        List<Feature> all = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            all.addAll(features(layer));
        }
        return all;
    }

    /**
     * The bytes of the listed file {@code path}, e.g. {@code data/zones.geojson}, read again from the bundle file (the
     * bundle keeps no file in memory) and checked against the manifest's SHA-256.
     *
     * @throws IllegalArgumentException if the manifest lists no such file
     * @throws BundleException if the file can no longer be read or has changed since it was verified
     */
    public byte[] fileBytes(String path) throws BundleException {
        return files.read(path).orElseThrow(() -> new IllegalArgumentException("the bundle lists no file " + path));
    }
}
