package org.paxmap.bytes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that nobody ever sees half of it: the content goes to a hidden temporary file in the target's
 * folder, is forced to disk, and is renamed onto the target in one step; the folder is then forced so the rename
 * survives a power cut. If the content fails (any exception, including one thrown to cancel), the temporary file
 * is deleted and the target is left as it was. Stateless; any thread may call, one call per target at a time.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Writes the content of one file into the channel it is given. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the whole content to {@code channel}, which is open for reading and writing at position 0 on an empty
         * file; the caller closes it.
         */
        void writeTo(FileChannel channel) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file named {@code tempPrefix…tempSuffix} in the same folder, replacing
     * the target if it exists.
     *
     * @throws IOException if the folder cannot take the file or the content fails; nothing is left behind
     */
    public static void write(Path target, String tempPrefix, String tempSuffix, Content content) throws IOException {
        write(target, tempPrefix, tempSuffix, content, true);
    }

    /**
     * As {@link #write(Path, String, String, Content)}; with {@code durable} false the file and folder are not forced
     * to disk — for a scratch file that is read back and deleted at once (the plain copy of a bundle being encrypted).
     */
    public static void write(Path target, String tempPrefix, String tempSuffix, Content content, boolean durable)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, tempPrefix, tempSuffix);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
                if (durable) {
                    channel.force(true);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        if (durable) {
            forceFolder(folder);
        }
    }

    /** Makes a rename durable where the platform allows forcing a directory (Linux, macOS); elsewhere a no-op. */
    public static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself
        }
    }
}
