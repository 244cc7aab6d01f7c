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
 * layer file (tombstones included). Immutable; {@link #fileBytes} returns copies. The bundle a {@link BundleWriter}
 * returns decodes its (verified) layer files only when its features are first asked for.
 */
public final class Bundle {
    private final Path file;
    private final Manifest manifest;
    private final TrustedSigner signer;
    private final Map<String, byte[]> files;
    /** Decodes the layer files, when the features were not decoded at construction; null once they are. */
    private Decoder decoder;
    /** Guarded by this once {@link #decoder} is set. */
    private Map<Layer, List<Feature>> features;

    /** Decodes the verified layer files of a bundle into features per layer. */
    interface Decoder {
        Map<Layer, List<Feature>> decode() throws BundleException;
    }

    Bundle(
            Path file,
            Manifest manifest,
            TrustedSigner signer,
            Map<Layer, List<Feature>> features,
            Map<String, byte[]> files) {
        this.file = file;
        this.manifest = manifest;
        this.signer = signer;
        this.features = copy(features);
        this.files = Map.copyOf(files);
    }

    /**
     * A bundle whose layer files, verified byte for byte against features already read and counted by the strict
     * reader, are decoded on the first call that needs the features (the writer's read-back).
     */
    Bundle(Path file, Manifest manifest, TrustedSigner signer, Decoder decoder, Map<String, byte[]> files) {
        this.file = file;
        this.manifest = manifest;
        this.signer = signer;
        this.decoder = decoder;
        this.files = Map.copyOf(files);
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

    /** A copy of the verified bytes of the listed file {@code path}, e.g. {@code data/zones.geojson}. */
    public byte[] fileBytes(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("the bundle lists no file " + path);
        }
        return bytes.clone();
    }
}
