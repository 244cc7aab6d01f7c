package org.paxmap.bundle.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Checks of the ZIP metadata that lies outside the signature but that some unzip tools obey, so that a bundle reads
 * one way only. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link #checkMode}: the external attributes of a central directory record must describe a regular file. The
 *       high 16 bits, where Unix (and macOS) writers keep {@code st_mode}, must give no file type or the regular-file
 *       type {@code 0100000} (a symbolic link {@code 0120000}, a directory, a device, a FIFO or a socket is refused,
 *       whatever host the record names); the MS-DOS attributes must not mark a directory ({@code 0x10}) or a volume
 *       label ({@code 0x08}).
 *   <li>{@link #checkExtra}: the extra field must be a well-formed list of (id, length, data) blocks; a ZIP64 block
 *       ({@code 0x0001}) may carry the uncompressed size, the compressed size and (in the central directory) the local
 *       header offset, 8 bytes each in that order, and each one it carries must equal the 32-bit field of the header
 *       (a bundle has no entry that needs ZIP64, so a value that differs can only make another tool read other bytes).
 * </ul>
 */
final class ZipEntryMetadata {
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int TYPE_MASK = 0170000;
    private static final int TYPE_REGULAR = 0100000;
    private static final int DOS_DIRECTORY = 0x10;
    private static final int DOS_VOLUME = 0x08;

    private ZipEntryMetadata() {}

    /**
     * Refuses an entry whose external attributes describe anything but a regular file.
     *
     * @param madeBy the "version made by" field (host system in the high byte)
     * @param external the external file attributes
     */
    static void checkMode(String bundle, String entry, int madeBy, long external) throws BundleException {
        int mode = (int) (external >>> 16);
        int type = mode & TYPE_MASK;
        if (type != 0 && type != TYPE_REGULAR) {
            throw new BundleException(
                    BundleRefusal.ZIP_STRUCTURE,
                    bundle,
                    entry,
                    String.format(
                            java.util.Locale.ROOT,
                            "its file mode %06o (host %d) makes it a %s, not a regular file; other unzip tools would"
                                    + " create that instead of a file",
                            mode,
                            madeBy >>> 8,
                            kind(type)));
        }
        if ((external & (DOS_DIRECTORY | DOS_VOLUME)) != 0) {
            throw new BundleException(
                    BundleRefusal.ZIP_STRUCTURE,
                    bundle,
                    entry,
                    "its MS-DOS attributes mark a directory or volume label, not a regular file");
        }
    }

    /**
     * Refuses a malformed extra field, or a ZIP64 block whose values disagree with the header's 32-bit fields.
     *
     * @param where "central directory" or "local header", for the message
     * @param offset the local header offset the central record gives, or -1 for a local header (which has none)
     */
    static void checkExtra(
            String bundle, String entry, String where, ByteBuffer extra, long size, long compressed, long offset)
            throws BundleException {
        ByteBuffer b = extra.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int p = 0;
        while (p < b.limit()) {
            if (p + 4 > b.limit()) {
                throw malformed(bundle, entry, where);
            }
            int id = Short.toUnsignedInt(b.getShort(p));
            int length = Short.toUnsignedInt(b.getShort(p + 2));
            if (p + 4 + length > b.limit()) {
                throw malformed(bundle, entry, where);
            }
            if (id == ZIP64_EXTRA) {
                zip64(bundle, entry, where, b, p + 4, length, new long[] {size, compressed, offset});
            }
            p += 4 + length;
        }
    }

    private static void zip64(
            String bundle, String entry, String where, ByteBuffer b, int at, int length, long[] headerValues)
            throws BundleException {
        String[] names = {"uncompressed size", "compressed size", "local header offset"};
        int fields = headerValues[2] < 0 ? 2 : 3;
        if (length % 8 != 0 || length / 8 > fields) {
            throw new BundleException(
                    BundleRefusal.ZIP_STRUCTURE,
                    bundle,
                    entry,
                    "the " + where + " has a ZIP64 extra field of " + length + " bytes, which is not a list of its"
                            + " sizes");
        }
        for (int i = 0; i < length / 8; i++) {
            long value = b.getLong(at + 8 * i);
            if (value != headerValues[i]) {
                throw new BundleException(
                        BundleRefusal.ZIP_STRUCTURE,
                        bundle,
                        entry,
                        "the " + where + "'s ZIP64 extra field gives the " + names[i] + " as "
                                + Long.toUnsignedString(value) + " but the header as " + headerValues[i]
                                + " (other unzip tools would read other bytes)");
            }
        }
    }

    private static BundleException malformed(String bundle, String entry, String where) {
        return new BundleException(
                BundleRefusal.ZIP_STRUCTURE, bundle, entry, "the " + where + "'s extra field is malformed");
    }

    private static String kind(int type) {
        return switch (type) {
            case 0120000 -> "symbolic link";
            case 0040000 -> "directory";
            case 0020000 -> "character device";
            case 0060000 -> "block device";
            case 0010000 -> "FIFO";
            case 0140000 -> "socket";
            default -> "file of unknown type " + Integer.toOctalString(type);
        };
    }
}
