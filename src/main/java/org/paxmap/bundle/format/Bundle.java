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
 * layer file (tombstones included). Immutable; {@link #fileBytes} returns copies.
 */
public final class Bundle {
    private final Path file;
    private final Manifest manifest;
    private final TrustedSigner signer;
    private final Map<Layer, List<Feature>> features;
    private final Map<String, byte[]> files;

    Bundle(
            Path file,
            Manifest manifest,
            TrustedSigner signer,
            Map<Layer, List<Feature>> features,
            Map<String, byte[]> files) {
        this.file = file;
        this.manifest = manifest;
        this.signer = signer;
        EnumMap<Layer, List<Feature>> copy = new EnumMap<>(Layer.class);
        features.forEach((layer, list) -> copy.put(layer, List.copyOf(list)));
        this.features = copy;
        this.files = Map.copyOf(files);
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
        return features.getOrDefault(layer, List.of());
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
