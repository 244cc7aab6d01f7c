package org.paxmap.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.paxmap.model.Feature;

/**
 * A stream format's writer on a file: buffers the stream and, when the writer finishes, forces the file to disk.
 * One thread, like every writer.
 */
final class FileFeatureWriter implements FeatureWriter {
    private final FileChannel channel;
    private final OutputStream out;
    private final FeatureWriter writer;

    FileFeatureWriter(Path file, ExportFormat format, ExportHeader header) throws IOException {
        this(file, out -> format.open(out, header));
    }

    /** The writer {@code opener} makes over the buffered stream of {@code file} (which exists, empty). */
    FileFeatureWriter(Path file, Opener opener) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writer = opener.open(out);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Makes the format's writer over a stream. */
    @FunctionalInterface
    interface Opener {
        FeatureWriter open(OutputStream out) throws IOException;
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        return writer.write(feature);
    }

    @Override
    public void finish() throws IOException {
        writer.finish();
        out.flush();
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            writer.close();
        }
    }
}
