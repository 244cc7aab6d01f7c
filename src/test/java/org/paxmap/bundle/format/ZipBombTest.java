package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Layer;
import org.paxmap.testing.HeapPeak;

/** Compression bombs are refused quickly and with bounded memory: lying sizes, huge sizes, ratios, overlaps. */
class ZipBombTest {
    private static final long TEN_GIB = 10L << 30;

    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();
    LinkedHashMap<String, byte[]> entries;

    @BeforeEach
    void goodParts() throws Exception {
        Map<Layer, byte[]> files = new LinkedHashMap<>();
        files.put(Layer.ZONES, BundleFixture.geojson(java.util.List.of()));
        entries = fixture.entries(fixture.manifest(files, Map.of()), files);
    }

    /**
     * A raw DEFLATE stream of {@code bytes} zeros, built by repeating the compressed form of 1 MiB of zeros (each
     * copy ends on a byte boundary after a sync flush, so copies concatenate) and closing with a final empty block.
     */
    static byte[] zeros(long bytes) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(new byte[1 << 20]);
        byte[] buf = new byte[64 * 1024];
        ByteArrayOutputStream mib = new ByteArrayOutputStream();
        int n;
        while ((n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
            mib.write(buf, 0, n);
        }
        d.end();
        byte[] block = mib.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (block.length * (bytes >> 20) + 2));
        for (long i = 0; i < bytes >> 20; i++) {
            out.writeBytes(block);
        }
        out.writeBytes(new byte[] {0x03, 0x00}); // final, fixed-Huffman, end of block
        return out.toByteArray();
    }

    @Test
    void tenGibibytesOfZerosBehindASmallDeclaredSizeAreRefusedQuicklyWithLittleHeap() throws Exception {
        // the signed manifest lists a 40,000-byte zones file, as the lying header does
        Map<Layer, byte[]> files = Map.of(Layer.ZONES, new byte[40_000]);
        RawZip raw = RawZip.of(fixture.entries(fixture.manifest(files, Map.of()), files));
        RawZip.Entry bomb = raw.entry("data/zones.geojson");
        bomb.stored = zeros(TEN_GIB); // about 10 MB of DEFLATE data; the header still declares the small file
        bomb.compressedSize = bomb.stored.length;
        bomb.size = 40_000; // declared within the ratio limit: 10 MB compressed for 40 KB
        Path file = raw.write(dir.resolve("bomb.paxb"));
        raw.entries.clear(); // let the test's own copy go
        bomb.stored = null;
        System.gc();

        long heapBefore = HeapPeak.reset();
        long start = System.nanoTime();
        Refused.by(BundleRefusal.ENTRY_CORRUPT, file, fixture.trust, "data/zones.geojson", "inflates to more than");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapGrowth = HeapPeak.peak() - heapBefore;

        assertTrue(millis < 3_000, "refused in " + millis + " ms");
        assertTrue(heapGrowth < 64L << 20, "heap grew by " + (heapGrowth >> 20) + " MiB");
    }

    @Test
    void aDeclaredSizeAboveTheEntryLimitIsRefusedBeforeInflating() throws Exception {
        RawZip raw = RawZip.of(entries);
        RawZip.Entry big = raw.entry("data/zones.geojson");
        big.size = 0xFFFF_FFFEL; // 4 GiB, the most a non-ZIP64 header can declare
        big.stored = zeros(64L << 20);
        big.compressedSize = big.stored.length;
        long start = System.nanoTime();
        Refused.by(
                BundleRefusal.ENTRY_TOO_LARGE, raw.write(dir.resolve("big.paxb")), fixture.trust, "data/zones.geojson");
        assertTrue((System.nanoTime() - start) < 3_000_000_000L, "refused at once");
    }

    @Test
    void aRatioAboveTheLimitIsRefused() throws Exception {
        RawZip raw = RawZip.of(entries);
        RawZip.Entry dense = raw.entry("data/zones.geojson");
        dense.stored = zeros(100L << 20);
        dense.compressedSize = dense.stored.length;
        dense.size = 100L << 20; // honest, within the 128 MiB entry limit, but 1,000 to 1
        Refused.by(
                BundleRefusal.COMPRESSION_RATIO,
                raw.write(dir.resolve("dense.paxb")),
                fixture.trust,
                "data/zones.geojson",
                "compression bomb");
    }

    @Test
    void entriesSharingOneLocalHeaderAreRefused() throws Exception {
        // Fifield's overlapping bomb: many central records, one compressed kernel
        RawZip raw = RawZip.of(entries);
        RawZip.Entry alias = raw.add("data/incidents.geojson", new byte[0], 8);
        alias.localIndex = raw.entries.indexOf(raw.entry("data/zones.geojson"));
        Refused.by(BundleRefusal.OVERLAPPING_ENTRIES, raw.write(dir.resolve("overlap.paxb")), fixture.trust);
    }

    @Test
    void anEntryWhoseDataContainsAnotherLocalHeaderIsRefused() throws Exception {
        // the quoted-overlap kind: the first entry's stored data spans the next entry's local header
        RawZip raw = RawZip.of(entries);
        RawZip.Entry zones = raw.entry("data/zones.geojson");
        RawZip.Entry tail =
                raw.add("data/routes.geojson", "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0);
        zones.compressedSize += 30 + tail.name.length() + tail.stored.length; // claim the next entry's bytes too
        Refused.by(BundleRefusal.OVERLAPPING_ENTRIES, raw.write(dir.resolve("quoted.paxb")), fixture.trust);
    }
}
