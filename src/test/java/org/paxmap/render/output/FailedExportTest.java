package org.paxmap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every writer, failing: nothing left behind, the old file untouched, one message naming the file and the reason. */
class FailedExportTest {
    @TempDir
    Path dir;

    /** The four writers, each writing a small document of four steps or more. */
    enum Writer {
        PDF("brief.pdf"),
        PNG("view.png"),
        MP4("play.mp4"),
        GIF("play.gif");

        final String fileName;

        Writer(String fileName) {
            this.fileName = fileName;
        }

        Path write(Path target, UnaryOperator<SeekableByteChannel> filter, ExportProgress progress)
                throws ExportException {
            PageArt art = TestSlides.slide("Failing", List.of());
            VideoFormat video = new VideoFormat(64, 48, 5, 4);
            return switch (this) {
                case PDF ->
                    new PdfExport(filter)
                            .write(target, "Failing", PaperSize.A4_LANDSCAPE, List.of(art, art, art), progress);
                case PNG -> new PngExport(filter).write(target, art, 400, 300, progress);
                case MP4 -> new VideoExport(filter).writeMp4(target, video, i -> art, progress);
                case GIF -> new VideoExport(filter).writeGif(target, video, i -> art, progress);
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aFullDiskLeavesNothingAndKeepsTheOldFile(Writer writer) throws Exception {
        Path target = dir.resolve(writer.fileName);
        Files.writeString(target, "the previous export");
        ExportException e = assertThrows(
                ExportException.class, () -> writer.write(target, FullDisk.after(100), ExportProgress.NONE));
        assertEquals("Could not write " + target + ": No space left on device", e.getMessage());
        assertEquals(target, e.target());
        assertEquals(List.of(target), listFolder());
        assertEquals("the previous export", Files.readString(target));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aFolderThatIsAFileIsNamed(Writer writer) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path target = notAFolder.resolve(writer.fileName);
        ExportException e = assertThrows(
                ExportException.class, () -> writer.write(target, UnaryOperator.identity(), ExportProgress.NONE));
        assertEquals("Could not write " + target + ": Not a directory", e.getMessage());
        assertEquals(List.of(notAFolder), listFolder());
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aMissingFolderIsNamed(Writer writer) {
        Path target = dir.resolve("gone").resolve(writer.fileName);
        ExportException e = assertThrows(
                ExportException.class, () -> writer.write(target, UnaryOperator.identity(), ExportProgress.NONE));
        assertEquals("Could not write " + target + ": the folder does not exist", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aReadOnlyFolderIsNamed(Writer writer) throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: a read-only folder is still writable");
            Path target = readOnly.resolve(writer.fileName);
            ExportException e = assertThrows(
                    ExportException.class, () -> writer.write(target, UnaryOperator.identity(), ExportProgress.NONE));
            assertEquals(
                    "Could not write " + target + ": permission denied (the folder is not writable)", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void cancelStopsAndLeavesNothing(Writer writer) throws Exception {
        Path target = dir.resolve(writer.fileName);
        int[] reported = {0};
        ExportProgress cancelAfterFirstStep = new ExportProgress() {
            @Override
            public void progress(int done, int total) {
                reported[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return reported[0] >= 1;
            }
        };
        ExportException e = assertThrows(
                ExportException.class, () -> writer.write(target, UnaryOperator.identity(), cancelAfterFirstStep));
        assertInstanceOf(ExportCancelledException.class, e);
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(1, reported[0], "stopped at the first step");
        assertEquals(List.of(), listFolder());
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void theSameWriterSucceedsWithoutTheFault(Writer writer) throws Exception {
        Path target = dir.resolve(writer.fileName);
        assertEquals(target, writer.write(target, FullDisk.after(Long.MAX_VALUE), ExportProgress.NONE));
        assertTrue(Files.size(target) > 100);
        assertFalse(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)
                .isEmpty());
        assertEquals(List.of(target), listFolder());
    }

    private List<Path> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** A channel that takes {@code capacity} bytes and then fails as a full disk does. */
    private static final class FullDisk implements SeekableByteChannel {
        private final SeekableByteChannel file;
        private long left;

        private FullDisk(SeekableByteChannel file, long capacity) {
            this.file = file;
            this.left = capacity;
        }

        static UnaryOperator<SeekableByteChannel> after(long capacity) {
            return file -> new FullDisk(file, capacity);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (src.remaining() > left) {
                throw new IOException("No space left on device");
            }
            left -= src.remaining();
            return file.write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
