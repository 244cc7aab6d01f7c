package org.paxmap.bundle.format;

/**
 * The limits a bundle is read under. Immutable.
 *
 * <p>The defaults ({@link #DEFAULTS}) fit a picture of some 100,000 features (about 1 KB of GeoJSON each) with room to
 * spare. The manifest and signature are read into memory; the layer files are streamed (never held whole), so the
 * heap an import takes is bounded by what the features decode to — at most {@code maxPositions} positions and the
 * content limits' strings — and by the parser's per-feature budget, not by these byte counts: the largest bundles
 * they admit import within 512 MB (LimitsBenchmark).
 *
 * @param maxFileBytes the bundle file's size (256 MiB)
 * @param maxEntries entries in the ZIP (16: a v1 bundle has six)
 * @param maxEntryBytes one layer file, uncompressed (128 MiB)
 * @param maxTotalBytes all entries together, uncompressed (256 MiB)
 * @param maxMetadataBytes the manifest and the signature each (1 MiB; a manifest is under 4 KB)
 * @param maxCompressionRatio uncompressed ÷ compressed for entries above {@code ratioFloorBytes} (100: GeoJSON with
 *     UUIDs and coordinates compresses 5–15 times; DEFLATE bombs reach 1,000)
 * @param ratioFloorBytes entries at most this large are exempt from the ratio (64 KiB: a small empty collection
 *     compresses well and is harmless)
 * @param maxJsonDepth JSON nesting in a layer file (32: a MultiPolygon feature nests 8 deep)
 * @param maxNumberLength characters of one JSON number (40: a double's shortest form has at most 24)
 * @param maxStringLength characters of one JSON string (1 Mi: a long description)
 * @param maxNameLength characters of one JSON member name (256)
 * @param maxPositions positions in all the features of the bundle together (2,000,000: twenty a feature for
 *     100,000 features; one geometry holds at most {@code ContentLimits.MAX_POSITIONS}, 100,000)
 */
public record BundleLimits(
        long maxFileBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxMetadataBytes,
        int maxCompressionRatio,
        long ratioFloorBytes,
        int maxJsonDepth,
        int maxNumberLength,
        int maxStringLength,
        int maxNameLength,
        long maxPositions) {

    /** The default limits (see the class comment for why). */
    public static final BundleLimits DEFAULTS = new BundleLimits(
            256L << 20, 16, 128L << 20, 256L << 20, 1 << 20, 100, 64L << 10, 32, 40, 1 << 20, 256, 2_000_000);

    /** Checks that every limit is positive and that one entry fits in the total and in an int-sized array. */
    public BundleLimits {
        if (maxFileBytes <= 0
                || maxEntries <= 0
                || maxEntryBytes <= 0
                || maxTotalBytes <= 0
                || maxMetadataBytes <= 0
                || maxCompressionRatio <= 0
                || ratioFloorBytes < 0
                || maxJsonDepth <= 0
                || maxNumberLength <= 0
                || maxStringLength <= 0
                || maxNameLength <= 0
                || maxPositions <= 0) {
            throw new IllegalArgumentException("bundle limits must be positive");
        }
        if (maxEntryBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxEntryBytes must fit a byte array");
        }
    }
}
