package org.paxmap.bundle.format;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A ZIP file read defensively for bundles: the central directory and every local header are parsed here and checked
 * against each other, entry data is inflated with the JDK's {@link java.util.zip.Inflater} under size limits ({@link EntryStream}). Not thread-safe (one
 * reader, one thread).
 *
 * <p>{@link java.util.zip.ZipFile} is not used because it hides what the checks need: the local header offsets (the
 * overlapping-entry bombs share or nest data), the general-purpose flags (it refuses encrypted entries and unknown
 * methods only as a generic "invalid CEN header"), and the local headers themselves (a reader that streams local
 * headers, like {@link java.util.zip.ZipInputStream}, can be shown other names or data than the central directory).
 * Here the central directory is the index and every local header must agree with it; the entries must tile the file
 * from offset 0 to the central directory with no gap and no overlap; ZIP64, multi-disk archives and comments are
 * refused (a bundle never needs them).
 *
 * <p>So that every unzip tool sees the same files as Paxmap, metadata outside the signature that some tools obey is
 * refused too ({@link ZipEntryMetadata}): external attributes that make an entry a symbolic link, a directory, a
 * device or anything but a regular file, and a ZIP64 extra field whose sizes or offset disagree with the 32-bit
 * fields of its header (a tool that prefers the extra field would read other bytes).
 */
final class ZipArchive implements Closeable {
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CEN_SIGNATURE = 0x02014b50;
    private static final int LOC_SIGNATURE = 0x04034b50;
    private static final int DESCRIPTOR_SIGNATURE = 0x08074b50;
    private static final int EOCD_SIZE = 22;
    private static final int CEN_SIZE = 46;
    private static final int LOC_SIZE = 30;
    private static final int FLAG_ENCRYPTED = 0x1;
    private static final int FLAG_DESCRIPTOR = 0x8;
    private static final int FLAG_STRONG_ENCRYPTION = 0x40;
    private static final int METHOD_STORED = 0;
    private static final int METHOD_DEFLATED = 8;
    private static final long MAX_CENTRAL_DIRECTORY = 1 << 20;

    /**
     * One entry as the central directory gives it, with the data range its local header implies.
     *
     * @param name the entry name (decoded as ISO-8859-1 so every byte is kept; allowed names are ASCII)
     * @param flags the general-purpose flags
     * @param method 0 stored or 8 deflated
     * @param crc the CRC-32 of the uncompressed data
     * @param compressedSize bytes of entry data in the file
     * @param size bytes once inflated
     * @param localOffset where the local header starts
     * @param dataOffset where the entry data starts
     * @param end where the entry (data and any data descriptor) ends
     */
    record Entry(
            String name,
            int flags,
            int method,
            long crc,
            long compressedSize,
            long size,
            long localOffset,
            long dataOffset,
            long end) {}

    private final FileChannel channel;
    private final String bundle;
    private final List<Entry> entries;

    private ZipArchive(FileChannel channel, String bundle, List<Entry> entries) {
        this.channel = channel;
        this.bundle = bundle;
        this.entries = entries;
    }

    /**
     * Opens {@code file} and checks its structure: end record, central directory, entry names, flags, methods, sizes
     * and ratio against {@code limits}, local headers against the central directory, and the tiling of the file.
     */
    static ZipArchive open(Path file, String bundle, BundleLimits limits) throws BundleException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be opened: " + e, e);
        }
        try {
            List<Entry> entries = new Reading(channel, bundle, limits).entries();
            return new ZipArchive(channel, bundle, entries);
        } catch (BundleException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, "file", "cannot be read: " + e, e);
        }
    }

    /** The entries in central-directory order. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * The uncompressed bytes of {@code entry}, which must inflate to exactly its declared size and CRC-32. Inflation
     * stops as soon as the output would exceed the declared size, so a lying header costs at most that much work.
     */
    byte[] read(Entry entry) throws BundleException {
        byte[] out = new byte[(int) entry.size()];
        try (EntryStream in = open(entry)) {
            int n = in.readNBytes(out, 0, out.length);
            if (n != out.length || in.read() != -1) {
                throw corrupt(entry, "inflates to " + n + " bytes, not the declared " + out.length);
            }
        } catch (EntryStream.Refused e) {
            throw e.refusal;
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, bundle, entry.name(), "cannot be read: " + e, e);
        }
        return out;
    }

    /**
     * The uncompressed bytes of {@code entry} as a stream, read from the file as they are consumed, with every check
     * of {@link #read}: inflation stops as soon as the output would exceed the declared size, and the stream's end is
     * reported only once the data has inflated to exactly the declared size and CRC-32. A failed check is thrown as
     * an {@link EntryStream.Refused} (an {@link IOException} carrying the {@link BundleException}). The stream must
     * be read to its end before the entry's bytes count as checked; it is valid while this archive is open.
     */
    EntryStream open(Entry entry) {
        return new EntryStream(this, entry);
    }

    /** Reads {@code buffer.remaining()} bytes of the file at {@code position}. */
    void readAt(long position, ByteBuffer buffer) throws IOException {
        readFully(position, buffer);
    }

    String bundle() {
        return bundle;
    }

    private void readFully(long position, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            position += n;
        }
    }

    BundleException corrupt(Entry entry, String reason) {
        return new BundleException(BundleRefusal.ENTRY_CORRUPT, bundle, entry.name(), reason);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the refusal is what matters
        }
    }

    /** Parsing and checking the directory of one file. */
    private static final class Reading {
        private final FileChannel channel;
        private final String bundle;
        private final BundleLimits limits;

        Reading(FileChannel channel, String bundle, BundleLimits limits) {
            this.channel = channel;
            this.bundle = bundle;
            this.limits = limits;
        }

        List<Entry> entries() throws IOException, BundleException {
            long size = channel.size();
            if (size > limits.maxFileBytes()) {
                throw refuse(
                        BundleRefusal.FILE_TOO_LARGE,
                        "file",
                        size + " bytes is more than the limit of " + limits.maxFileBytes());
            }
            if (size < EOCD_SIZE) {
                throw refuse(BundleRefusal.NOT_A_ZIP, "file", "too short to be a ZIP file (" + size + " bytes)");
            }
            long eocd = size - EOCD_SIZE;
            ByteBuffer end = read(eocd, EOCD_SIZE);
            if (end.getInt(0) != EOCD_SIGNATURE) {
                throw notZipOrComment(size);
            }
            int disk = u16(end, 4);
            int cenDisk = u16(end, 6);
            int entriesHere = u16(end, 8);
            int total = u16(end, 10);
            long cenSize = u32(end, 12);
            long cenOffset = u32(end, 16);
            if (total == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
                throw refuse(BundleRefusal.ZIP_STRUCTURE, "end of central directory", "ZIP64 is not supported");
            }
            if (disk != 0 || cenDisk != 0 || entriesHere != total) {
                throw refuse(
                        BundleRefusal.ZIP_STRUCTURE, "end of central directory", "multi-disk archives are refused");
            }
            if (total > limits.maxEntries()) {
                throw refuse(
                        BundleRefusal.TOO_MANY_ENTRIES,
                        "central directory",
                        total + " entries is more than the limit of " + limits.maxEntries());
            }
            if (cenOffset + cenSize != eocd || cenSize > MAX_CENTRAL_DIRECTORY) {
                throw refuse(
                        BundleRefusal.ZIP_STRUCTURE,
                        "central directory",
                        "does not end where the end record starts (data between them, or a damaged file)");
            }
            List<Entry> central = central(read(cenOffset, (int) cenSize), total);
            // first where each entry lies, and that no two share bytes (the overlap bombs); then what the local
            // headers say, so that an overlap is reported as one even when its local header names another entry
            List<Entry> located = new ArrayList<>(central.size());
            for (Entry e : central) {
                located.add(locate(e, cenOffset));
            }
            tiling(located, cenOffset);
            for (Entry e : located) {
                agree(e);
            }
            return List.copyOf(located);
        }

        private BundleException notZipOrComment(long size) throws IOException {
            int tail = (int) Math.min(size, EOCD_SIZE + 0xFFFF);
            ByteBuffer b = read(size - tail, tail);
            for (int i = tail - EOCD_SIZE; i >= 0; i--) {
                if (b.getInt(i) == EOCD_SIGNATURE) {
                    return refuse(
                            BundleRefusal.ZIP_STRUCTURE,
                            "end of central directory",
                            "an archive comment or trailing data follows it");
                }
            }
            return refuse(BundleRefusal.NOT_A_ZIP, "file", "not a ZIP file (no end of central directory record)");
        }

        private List<Entry> central(ByteBuffer cen, int total) throws BundleException {
            List<Entry> out = new ArrayList<>(total);
            Set<String> names = new HashSet<>();
            Set<String> folded = new HashSet<>();
            long sum = 0;
            int p = 0;
            for (int i = 0; i < total; i++) {
                String where = "central directory entry " + (i + 1);
                if (p + CEN_SIZE > cen.limit() || cen.getInt(p) != CEN_SIGNATURE) {
                    throw refuse(BundleRefusal.ZIP_STRUCTURE, where, "damaged central directory record");
                }
                int flags = u16(cen, p + 8);
                int method = u16(cen, p + 10);
                long crc = u32(cen, p + 16);
                long compressed = u32(cen, p + 20);
                long size = u32(cen, p + 24);
                int nameLength = u16(cen, p + 28);
                int extraLength = u16(cen, p + 30);
                int commentLength = u16(cen, p + 32);
                int diskStart = u16(cen, p + 34);
                int madeBy = u16(cen, p + 4);
                long external = u32(cen, p + 38);
                long offset = u32(cen, p + 42);
                int next = p + CEN_SIZE + nameLength + extraLength + commentLength;
                if (next > cen.limit()) {
                    throw refuse(BundleRefusal.ZIP_STRUCTURE, where, "record runs past the central directory");
                }
                byte[] raw = new byte[nameLength];
                cen.get(p + CEN_SIZE, raw);
                String name = new String(raw, StandardCharsets.ISO_8859_1);
                String shown = BundleEntries.printable(name);
                if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || diskStart != 0) {
                    throw refuse(BundleRefusal.ZIP_STRUCTURE, shown, "ZIP64 and multi-disk entries are not supported");
                }
                ZipEntryMetadata.checkMode(bundle, shown, madeBy, external);
                ZipEntryMetadata.checkExtra(
                        bundle,
                        shown,
                        "central directory",
                        slice(cen, p + CEN_SIZE + nameLength, extraLength),
                        size,
                        compressed,
                        offset);
                if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0) {
                    throw refuse(BundleRefusal.ENCRYPTED_ENTRY, shown, "the entry is encrypted");
                }
                if (method != METHOD_STORED && method != METHOD_DEFLATED) {
                    throw refuse(
                            BundleRefusal.UNSUPPORTED_COMPRESSION,
                            shown,
                            "compression method " + method + " (only 0 stored and 8 deflated are accepted)");
                }
                if (name.endsWith("/")) {
                    throw refuse(BundleRefusal.DIRECTORY_ENTRY, shown, "directory entries are not allowed");
                }
                if (!BundleEntries.allowed(name)) {
                    throw refuse(
                            BundleRefusal.BAD_ENTRY_NAME,
                            shown,
                            "the name is not allowed (only relative paths of letters, digits, '.', '_', '-' and '/'"
                                    + " without '..', '\\', ':' or control characters)");
                }
                if (!names.add(name)) {
                    throw refuse(BundleRefusal.DUPLICATE_ENTRY, shown, "the name occurs twice");
                }
                if (!folded.add(name.toLowerCase(Locale.ROOT))) {
                    throw refuse(
                            BundleRefusal.DUPLICATE_ENTRY, shown, "the name differs only in case from another entry's");
                }
                long limit = name.startsWith("META-INF/") || name.equals(BundleEntries.MIMETYPE)
                        ? limits.maxMetadataBytes()
                        : limits.maxEntryBytes();
                if (size > limit) {
                    throw refuse(
                            BundleRefusal.ENTRY_TOO_LARGE,
                            shown,
                            size + " bytes uncompressed is more than the limit of " + limit);
                }
                sum += size;
                if (sum > limits.maxTotalBytes()) {
                    throw refuse(
                            BundleRefusal.TOTAL_TOO_LARGE,
                            shown,
                            "the entries hold more than the limit of " + limits.maxTotalBytes() + " bytes together");
                }
                if (method == METHOD_STORED && compressed != size) {
                    throw refuse(
                            BundleRefusal.ZIP_STRUCTURE, shown, "a stored entry's compressed and plain sizes differ");
                }
                if (size > limits.ratioFloorBytes() && size > compressed * (long) limits.maxCompressionRatio()) {
                    throw refuse(
                            BundleRefusal.COMPRESSION_RATIO,
                            shown,
                            compressed + " bytes inflate to " + size + ", more than " + limits.maxCompressionRatio()
                                    + " times (a compression bomb)");
                }
                out.add(new Entry(name, flags, method, crc, compressed, size, offset, -1, -1));
                p = next;
            }
            if (p != cen.limit()) {
                throw refuse(
                        BundleRefusal.ZIP_STRUCTURE,
                        "central directory",
                        "holds more than the " + total + " entries the end record declares");
            }
            return out;
        }

        /** Finds the data range of {@code e} from its local header's lengths (and data descriptor, if flagged). */
        private Entry locate(Entry e, long cenOffset) throws IOException, BundleException {
            String shown = BundleEntries.printable(e.name());
            if (e.localOffset() + LOC_SIZE > cenOffset) {
                throw refuse(BundleRefusal.ZIP_STRUCTURE, shown, "the local header lies outside the entry area");
            }
            ByteBuffer loc = read(e.localOffset(), LOC_SIZE);
            if (loc.getInt(0) != LOC_SIGNATURE) {
                throw refuse(BundleRefusal.LOCAL_HEADER_MISMATCH, shown, "no local header at the offset given");
            }
            long dataOffset = e.localOffset() + LOC_SIZE + u16(loc, 26) + u16(loc, 28);
            long end = dataOffset + e.compressedSize();
            if (end > cenOffset) {
                throw refuse(BundleRefusal.ZIP_STRUCTURE, shown, "the entry data runs into the central directory");
            }
            if ((e.flags() & FLAG_DESCRIPTOR) != 0) {
                end = descriptor(e, shown, end, cenOffset);
            }
            return new Entry(
                    e.name(),
                    e.flags(),
                    e.method(),
                    e.crc(),
                    e.compressedSize(),
                    e.size(),
                    e.localOffset(),
                    dataOffset,
                    end);
        }

        /** Checks the local header of {@code e} against the central directory: name, flags, method, CRC, sizes. */
        private void agree(Entry e) throws IOException, BundleException {
            String shown = BundleEntries.printable(e.name());
            ByteBuffer loc = read(e.localOffset(), LOC_SIZE);
            int flags = u16(loc, 6);
            int method = u16(loc, 8);
            long crc = u32(loc, 14);
            long compressed = u32(loc, 18);
            long size = u32(loc, 22);
            int nameLength = u16(loc, 26);
            int extraLength = u16(loc, 28);
            byte[] raw = new byte[nameLength];
            read(e.localOffset() + LOC_SIZE, nameLength).get(raw);
            if (!Arrays.equals(raw, e.name().getBytes(StandardCharsets.ISO_8859_1))) {
                throw refuse(
                        BundleRefusal.LOCAL_HEADER_MISMATCH,
                        shown,
                        "the local header names '"
                                + BundleEntries.printable(new String(raw, StandardCharsets.ISO_8859_1)) + "'");
            }
            if (flags != e.flags() || method != e.method()) {
                throw refuse(
                        BundleRefusal.LOCAL_HEADER_MISMATCH,
                        shown,
                        "the local header's flags or method differ from the central directory's");
            }
            ZipEntryMetadata.checkExtra(
                    bundle,
                    shown,
                    "local header",
                    read(e.localOffset() + LOC_SIZE + nameLength, extraLength),
                    e.size(),
                    e.compressedSize(),
                    -1);
            boolean descriptor = (flags & FLAG_DESCRIPTOR) != 0;
            boolean differs = descriptor
                    ? (crc != 0 && crc != e.crc())
                            || (compressed != 0 && compressed != e.compressedSize())
                            || (size != 0 && size != e.size())
                    : crc != e.crc() || compressed != e.compressedSize() || size != e.size();
            if (differs) {
                throw refuse(
                        BundleRefusal.LOCAL_HEADER_MISMATCH,
                        shown,
                        "the local header's CRC or sizes differ from the central directory's");
            }
        }

        /** Checks the data descriptor after the data and returns where it ends. */
        private long descriptor(Entry e, String shown, long at, long cenOffset) throws IOException, BundleException {
            if (at + 12 > cenOffset) {
                throw refuse(BundleRefusal.ZIP_STRUCTURE, shown, "the data descriptor is missing");
            }
            boolean signed = at + 16 <= cenOffset && read(at, 4).getInt(0) == DESCRIPTOR_SIGNATURE;
            long start = signed ? at + 4 : at;
            ByteBuffer d = read(start, 12);
            if (u32(d, 0) != e.crc() || u32(d, 4) != e.compressedSize() || u32(d, 8) != e.size()) {
                throw refuse(
                        BundleRefusal.LOCAL_HEADER_MISMATCH,
                        shown,
                        "the data descriptor differs from the central directory");
            }
            return start + 12;
        }

        /** The entries must cover the bytes from 0 to the central directory, each once: no overlap, no gap. */
        private void tiling(List<Entry> entries, long cenOffset) throws BundleException {
            List<Entry> byOffset = new ArrayList<>(entries);
            byOffset.sort(Comparator.comparingLong(Entry::localOffset));
            long expected = 0;
            for (Entry e : byOffset) {
                String shown = BundleEntries.printable(e.name());
                if (e.localOffset() < expected) {
                    throw refuse(
                            BundleRefusal.OVERLAPPING_ENTRIES,
                            shown,
                            "its bytes overlap another entry's (an overlapping-entry zip bomb or a damaged file)");
                }
                if (e.localOffset() > expected) {
                    throw refuse(
                            BundleRefusal.ZIP_STRUCTURE,
                            shown,
                            (e.localOffset() - expected) + " bytes before the entry belong to no entry");
                }
                expected = e.end();
            }
            if (expected != cenOffset) {
                throw refuse(
                        BundleRefusal.ZIP_STRUCTURE,
                        "central directory",
                        (cenOffset - expected) + " bytes before it belong to no entry");
            }
        }

        private ByteBuffer read(long position, int length) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining()) {
                if (channel.read(b, position + b.position()) < 0) {
                    throw new IOException("unexpected end of file");
                }
            }
            b.flip();
            return b;
        }

        private BundleException refuse(BundleRefusal kind, String subject, String reason) {
            return new BundleException(kind, bundle, subject, reason);
        }
    }

    /** {@code length} bytes of {@code b} from {@code at}, as their own little-endian buffer. */
    private static ByteBuffer slice(ByteBuffer b, int at, int length) {
        return b.slice(at, length).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.order(ByteOrder.LITTLE_ENDIAN).getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.order(ByteOrder.LITTLE_ENDIAN).getInt(at));
    }
}
