package org.paxmap.interop;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.paxmap.bundle.format.BundleLimits;

/**
 * A KMZ or TAK data package opened for reading under the bundle reader's {@link BundleLimits} (file size, entry and
 * total sizes, compression ratio) with more entries allowed ({@link #MAX_ENTRIES}: a data package holds a folder per
 * item) and the folder entries and archive comment such tools write. Entries are never written to disk; a name that
 * climbs out of the archive ({@code ..}, an absolute path, a drive) refuses the file all the same (zip slip), and an
 * entry is read as a stream that stops with a refusal past its declared size (a lying header cannot inflate more).
 * Not thread-safe (one read).
 */
final class ForeignZip implements AutoCloseable {
    /** Entries accepted in a KMZ or data package. */
    static final int MAX_ENTRIES = 10_000;

    private static final BundleLimits LIMITS = BundleLimits.DEFAULTS;

    private final ZipFile zip;
    private final String file;
    private final List<ZipEntry> entries;

    private ForeignZip(ZipFile zip, String file, List<ZipEntry> entries) {
        this.zip = zip;
        this.file = file;
        this.entries = entries;
    }

    /** Opens {@code path} and checks every entry's name and declared sizes. */
    static ForeignZip open(Path path) throws ImportException {
        String file = String.valueOf(path.getFileName());
        try {
            long size = Files.size(path);
            if (size > LIMITS.maxFileBytes()) {
                throw new ImportException(
                        file + ": " + size + " bytes is more than the limit of " + LIMITS.maxFileBytes());
            }
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new ImportException(file + ": a damaged ZIP archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return new ForeignZip(zip, file, checked(zip, file));
        } catch (ImportException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the refusal matters
            }
            throw e;
        }
    }

    private static List<ZipEntry> checked(ZipFile zip, String file) throws ImportException {
        if (zip.size() > MAX_ENTRIES) {
            throw new ImportException(file + ": " + zip.size() + " entries is more than the limit of " + MAX_ENTRIES);
        }
        List<ZipEntry> out = new ArrayList<>();
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            String where = file + ", entry '" + name + "'";
            if (name.startsWith("/")
                    || name.startsWith("\\")
                    || name.contains("..")
                    || name.matches("^[A-Za-z]:.*")
                    || name.chars().anyMatch(c -> c < 0x20)) {
                throw new ImportException(where + ": the name climbs out of the archive or is not a plain path (a"
                        + " zip-slip attack); refused");
            }
            if (e.isDirectory()) {
                continue;
            }
            long size = e.getSize();
            long compressed = e.getCompressedSize();
            if (size < 0 || size > LIMITS.maxEntryBytes()) {
                throw new ImportException(where + ": declares " + size + " bytes uncompressed, more than the limit of "
                        + LIMITS.maxEntryBytes());
            }
            total += size;
            if (total > LIMITS.maxTotalBytes()) {
                throw new ImportException(where + ": the entries hold more than the limit of " + LIMITS.maxTotalBytes()
                        + " bytes together");
            }
            if (size > LIMITS.ratioFloorBytes() && size > compressed * (long) LIMITS.maxCompressionRatio()) {
                throw new ImportException(where + ": " + compressed + " bytes inflate to " + size + ", more than "
                        + LIMITS.maxCompressionRatio() + " times (a compression bomb); refused");
            }
            out.add(e);
        }
        return List.copyOf(out);
    }

    /** The file entries (no folders), in archive order. */
    List<ZipEntry> entries() {
        return entries;
    }

    /** The entry's bytes as a stream that refuses to go past the declared size. */
    InputStream open(ZipEntry entry) throws ImportException {
        try {
            return new Bounded(zip.getInputStream(entry), entry.getSize(), file + ", entry '" + entry.getName() + "'");
        } catch (IOException e) {
            throw new ImportException(
                    file + ", entry '" + entry.getName() + "': cannot be read (" + e.getMessage() + ")", e);
        }
    }

    String file() {
        return file;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only
        }
    }

    /** A stream that fails once more than the declared size is read. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String where;
        private long read;

        Bounded(InputStream in, long limit, String where) {
            super(in);
            this.limit = limit;
            this.where = where;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException(where + " inflates to more than its declared " + limit + " bytes");
            }
        }
    }
}
