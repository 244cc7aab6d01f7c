package org.paxmap.bundle.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The uncompressed bytes of one {@link ZipArchive} entry, read from the file and inflated as they are consumed, so that
 * a layer file of a bundle is hashed and parsed without ever being held in memory whole. The checks of a whole read
 * hold: the output never exceeds the declared size (inflation stops at the first byte beyond it), and the end of the
 * stream is reported only after the data has inflated to exactly the declared size, with the declared CRC-32 and no
 * compressed bytes left over. A failed check is thrown as {@link Refused}, an {@link IOException} that carries the
 * {@link BundleException} naming the bundle and entry. Not thread-safe; valid while its archive is open.
 */
final class EntryStream extends InputStream {
    private static final int BUFFER = 64 * 1024;

    private final ZipArchive zip;
    private final ZipArchive.Entry entry;
    private final boolean stored;
    private final Inflater inflater;
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER);
    private final CRC32 crc = new CRC32();
    private long position;
    private long remaining;
    private long written;
    private boolean checked;

    /** A failed check of the entry's data, carried through the {@link InputStream} contract. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final transient BundleException refusal;

        Refused(BundleException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }

    EntryStream(ZipArchive zip, ZipArchive.Entry entry) {
        this.zip = zip;
        this.entry = entry;
        this.stored = entry.method() == 0;
        this.inflater = stored ? null : new Inflater(true);
        this.position = entry.dataOffset();
        this.remaining = entry.compressedSize();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (checked) {
            return -1;
        }
        int n = stored ? readStored(b, off, len) : inflate(b, off, len);
        if (n > 0) {
            crc.update(b, off, n);
            written += n;
            return n;
        }
        finish();
        return -1;
    }

    private int readStored(byte[] b, int off, int len) throws IOException {
        int n = (int) Math.min(len, remaining);
        if (n == 0) {
            return -1;
        }
        zip.readAt(position, ByteBuffer.wrap(b, off, n));
        position += n;
        remaining -= n;
        return n;
    }

    /** Up to {@code len} inflated bytes, or -1 at the end of the DEFLATE stream. */
    private int inflate(byte[] b, int off, int len) throws IOException {
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (remaining == 0) {
                        throw refused("the compressed data ends before the DEFLATE stream does");
                    }
                    in.clear();
                    in.limit((int) Math.min(in.capacity(), remaining));
                    zip.readAt(position, in);
                    in.flip();
                    position += in.limit();
                    remaining -= in.limit();
                    inflater.setInput(in.array(), 0, in.limit());
                }
                // never more than one byte beyond the declared size: a lying header costs at most that much work
                long room = entry.size() - written;
                int n = inflater.inflate(b, off, (int) Math.min(len, Math.max(room, 1)));
                if (n > room) {
                    throw refused("inflates to more than the declared " + entry.size() + " bytes");
                }
                if (n > 0) {
                    return n;
                }
                if (inflater.needsDictionary()) {
                    throw refused("the DEFLATE stream needs a preset dictionary");
                }
            }
            return -1;
        } catch (DataFormatException e) {
            throw new Refused(new BundleException(
                    BundleRefusal.ENTRY_CORRUPT,
                    zip.bundle(),
                    entry.name(),
                    "invalid DEFLATE data: " + e.getMessage(),
                    e));
        }
    }

    /** At the end of the data: the declared size, nothing left over, the declared CRC-32. */
    private void finish() throws IOException {
        if (written != entry.size()) {
            throw refused("inflates to " + written + " bytes, not the declared " + entry.size());
        }
        if (remaining != 0 || (inflater != null && inflater.getRemaining() != 0)) {
            throw refused("has compressed bytes after the end of the DEFLATE stream");
        }
        if (crc.getValue() != entry.crc()) {
            throw refused("CRC-32 mismatch (the entry data is damaged or altered)");
        }
        checked = true;
    }

    private Refused refused(String reason) {
        return new Refused(zip.corrupt(entry, reason));
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.end();
        }
    }
}
