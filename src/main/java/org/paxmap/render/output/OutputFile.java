package org.paxmap.render.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.paxmap.bytes.AtomicFile;

/**
 * Runs one writer's body against a file written through {@link AtomicFile}: checks for cancel between steps, and turns
 * every failure into an {@link ExportException} naming the file and the reason. The channel filter lets a test put a
 * failing channel (a full disk) between the writer and the file. Immutable; any thread.
 */
final class OutputFile {
    /** Writes straight to the file. */
    static final OutputFile DIRECT = new OutputFile(UnaryOperator.identity());

    private static final int BUFFER = 64 * 1024;

    private final UnaryOperator<SeekableByteChannel> filter;

    OutputFile(UnaryOperator<SeekableByteChannel> filter) {
        this.filter = filter;
    }

    /** A writer's work: writes the whole file to {@code channel}, calling {@link Steps#done} after each step. */
    @FunctionalInterface
    interface Body {
        void write(SeekableByteChannel channel, Steps steps) throws IOException;
    }

    /** A writer's content as a stream: the stream is buffered, and closing it only flushes it. */
    @FunctionalInterface
    interface StreamBody {
        void write(OutputStream out, Steps steps) throws IOException;
    }

    /** Counts a writer's steps and stops it when the caller cancels. */
    static final class Steps {
        private final ExportProgress progress;
        private final int total;
        private int done;

        private Steps(ExportProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        /** Throws if the caller cancelled; call before each step. */
        void checkCancelled() throws IOException {
            if (progress.isCancelled()) {
                throw new Cancelled();
            }
        }

        /** Marks one more step done, reports it, and throws if the caller cancelled meanwhile. */
        void done() throws IOException {
            done++;
            progress.progress(done, total);
            checkCancelled();
        }
    }

    /**
     * Writes {@code target} with {@code body} in {@code totalSteps} steps.
     *
     * @return the absolute path written
     */
    Path write(Path target, ExportProgress progress, int totalSteps, Body body) throws ExportException {
        Path file = target.toAbsolutePath();
        Steps steps = new Steps(progress, totalSteps);
        try {
            steps.checkCancelled();
            AtomicFile.write(
                    file,
                    "." + file.getFileName() + "-",
                    ".partial",
                    channel -> body.write(filter.apply(channel), steps));
            return file;
        } catch (Cancelled cancelled) {
            throw new ExportCancelledException(file);
        } catch (IOException e) {
            throw new ExportException(file, "Could not write " + file + ": " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new ExportException(file, "Could not write " + file + ": " + reason(e.getCause()), e);
        } catch (RuntimeException e) {
            throw new ExportException(file, "Could not write " + file + ": the writer failed (" + e + ")", e);
        }
    }

    /** Writes {@code target} through a buffered stream. */
    Path writeStream(Path target, ExportProgress progress, int totalSteps, StreamBody body) throws ExportException {
        return write(target, progress, totalSteps, (channel, steps) -> {
            OutputStream out = new FlushOnClose(Channels.newOutputStream(channel));
            body.write(out, steps);
            out.flush();
        });
    }

    /** The reason of the innermost I/O failure (libraries wrap the disk's words in their own: "I/O error writing"). */
    private static String reason(IOException failure) {
        IOException e = failure;
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                e = io;
            }
        }
        if (e instanceof NotDirectoryException) {
            return "the folder is not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (the folder is not writable)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Thrown inside a body to stop it; never leaves this class. */
    private static final class Cancelled extends IOException {
        Cancelled() {
            super("cancelled", null);
        }
    }

    /** A buffered stream whose close flushes and leaves the channel open (PDFBox and ImageIO close what they get). */
    private static final class FlushOnClose extends FilterOutputStream {
        FlushOnClose(OutputStream channelStream) {
            super(new java.io.BufferedOutputStream(channelStream, BUFFER));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
