package org.paxmap.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AtomicFile#writeNew} never replaces a file: neither one there before, nor one that appears while the new
 * file is being written (the rename is a hard link, which fails when the name is taken).
 */
class AtomicFileNoReplaceTest {
    @TempDir
    Path dir;

    private static AtomicFile.Content text(String s) {
        return channel -> channel.write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewFileIsWrittenWhole() throws Exception {
        Path target = dir.resolve("bundle.paxb");
        AtomicFile.writeNew(target, ".t-", ".partial", text("new"), true);
        assertThat(target).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path target = Files.writeString(dir.resolve("bundle.paxb"), "theirs");
        assertThatThrownBy(() -> AtomicFile.writeNew(target, ".t-", ".partial", text("ours"), true))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(target).hasContent("theirs");
    }

    @Test
    void aFileThatAppearsWhileTheNewOneIsWrittenIsNotReplacedAndNothingIsLeftBehind() throws Exception {
        Path target = dir.resolve("bundle.paxb");
        assertThatThrownBy(() -> AtomicFile.writeNew(
                        target,
                        ".t-",
                        ".partial",
                        channel -> {
                            Files.writeString(target, "written meanwhile by someone else");
                            channel.write(ByteBuffer.wrap("ours".getBytes(StandardCharsets.UTF_8)));
                        },
                        true))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(target).hasContent("written meanwhile by someone else");
        try (var files = Files.list(dir)) {
            assertThat(files).as("the temporary file is removed").containsExactly(target);
        }
    }

    @Test
    void theReplacingWriteStillReplaces() throws Exception {
        Path target = Files.writeString(dir.resolve("picture.geojson"), "old");
        AtomicFile.write(target, ".t-", ".partial", text("new"));
        assertThat(target).hasContent("new");
    }
}
