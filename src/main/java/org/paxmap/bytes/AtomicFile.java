package org.paxmap.bytes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        write(target, tempPrefix, tempSuffix, content, durable, true);
    }

    /**
     * As {@link #write(Path, String, String, Content, boolean)}, but never replaces an existing file: the finished
     * temporary file is hard-linked to {@code target} (which fails, atomically, if the name is taken — even by a file
     * that appeared while this one was written) and then removed; on a file system without hard links (FAT, exFAT:
     * many USB sticks) it is moved without replacing, which the JDK checks just before the rename.
     *
     * @throws FileAlreadyExistsException if {@code target} exists; the existing file is left untouched
     */
    public static void writeNew(Path target, String tempPrefix, String tempSuffix, Content content, boolean durable)
            throws IOException {
        write(target, tempPrefix, tempSuffix, content, durable, false);
    }

    private static void write(
            Path target, String tempPrefix, String tempSuffix, Content content, boolean durable, boolean replace)
            throws IOException {
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, tempPrefix, tempSuffix);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
                if (durable) {
                    channel.force(true);
                }
            }
            if (replace) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                placeNew(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        if (durable) {
            forceFolder(folder);
        }
    }

    /**
     * Puts the complete file {@code temp} at {@code target} unless the name is taken: a hard link where possible
     * (atomic), else a move that does not replace. {@code temp} may still exist afterwards (the link case): the caller
     * deletes it. Any thread; one call per file.
     *
     * @throws FileAlreadyExistsException if {@code target} exists; it is left untouched
     */
    public static void placeNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return;
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | IOException noLinks) {
            // no hard links here (FAT, exFAT): fall through to a move that does not replace
        }
        Files.move(temp, target);
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
