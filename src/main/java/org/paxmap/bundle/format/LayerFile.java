package org.paxmap.bundle.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The GeoJSON bytes of one layer file to put into a bundle. Immutable. The bytes are held once, in chunks of 1 MiB (a
 * 120 MB layer file is not copied as it grows, nor into one array), and streamed out ({@link #open}) to be counted,
 * hashed and deflated.
 */
public final class LayerFile {
    private static final int CHUNK = 1 << 20;

    private final Layer layer;
    private final List<byte[]> chunks;
    private final long size;

    private LayerFile(Layer layer, List<byte[]> chunks) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.chunks = List.copyOf(chunks);
        this.size = chunks.stream().mapToLong(c -> c.length).sum();
    }

    /**
     * A layer file of {@code geojson} (copied).
     *
     * @param layer the layer; the file is {@code data/<layer>.geojson}
     * @param geojson a FeatureCollection of Paxmap features of that layer
     */
    public LayerFile(Layer layer, byte[] geojson) {
        this(layer, List.of(geojson.clone()));
    }

    /** The layer. */
    public Layer layer() {
        return layer;
    }

    /** A copy of the bytes in one array (for tests and small files; the writer streams them with {@link #open}). */
    public byte[] geojson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 16));
        chunks.forEach(c -> out.write(c, 0, c.length));
        return out.toByteArray();
    }

    /** The number of bytes. */
    public long size() {
        return size;
    }

    /** The bytes as a stream, without copying them. */
    InputStream open() {
        List<InputStream> parts = new ArrayList<>(chunks.size());
        chunks.forEach(c -> parts.add(new java.io.ByteArrayInputStream(c)));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** The entry name, {@code data/<layer>.geojson}. */
    public String path() {
        return Manifest.Content.pathOf(layer);
    }

    /**
     * The layer file of {@code features}, written as a FeatureCollection with {@link GeoJsonFeatureWriter} (each
     * feature in the form of {@code FeatureJson.toGeoJson}; tombstones with a null geometry).
     *
     * @throws IllegalArgumentException if a feature is of another layer
     */
    public static LayerFile of(Layer layer, List<? extends Feature> features) {
        for (Feature f : features) {
            if (f.layer() != layer) {
                throw new IllegalArgumentException(
                        "feature " + f.id() + " is of layer " + f.layer().tableName() + ", not " + layer.tableName());
            }
        }
        Chunks out = new Chunks();
        try {
            GeoJsonFeatureWriter.write(features, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail
        }
        return new LayerFile(layer, out.chunks());
    }

    /** An output stream into chunks of {@link #CHUNK} bytes, the last one trimmed. */
    private static final class Chunks extends OutputStream {
        private final List<byte[]> full = new ArrayList<>();
        private byte[] current = new byte[CHUNK];
        private int used;

        @Override
        public void write(int b) {
            if (used == current.length) {
                full.add(current);
                current = new byte[CHUNK];
                used = 0;
            }
            current[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == current.length) {
                    full.add(current);
                    current = new byte[CHUNK];
                    used = 0;
                }
                int n = Math.min(len, current.length - used);
                System.arraycopy(b, off, current, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        List<byte[]> chunks() {
            List<byte[]> all = new ArrayList<>(full);
            all.add(java.util.Arrays.copyOf(current, used));
            return all;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerFile other
                && layer == other.layer
                && size == other.size
                && java.util.Arrays.equals(geojson(), other.geojson());
    }

    @Override
    public int hashCode() {
        return 31 * layer.hashCode() + java.util.Arrays.hashCode(geojson());
    }

    @Override
    public String toString() {
        return "LayerFile[" + layer.tableName() + ", " + size + " bytes]";
    }
}
