package org.paxmap.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** ZIP output over a stream that belongs to the caller: closing the ZIP flushes but does not close it. Stateless. */
final class ZipStreams {
    private ZipStreams() {}

    /** A ZIP writer on {@code out}, which stays open. */
    static ZipOutputStream over(OutputStream out) {
        return new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }
}
