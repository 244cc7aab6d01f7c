package org.paxmap.bytes;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: created {@code 0600} (folders {@code 0700}) whatever the process's umask, because
 * the mode is given to the call that creates them rather than set afterwards. On a file system without POSIX
 * permissions (Windows) the platform's defaults apply. Stateless; any thread may call.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /** Whether {@code folder}'s file system has POSIX permissions. */
    public static boolean posix(Path folder) throws IOException {
        return Files.getFileStore(existing(folder)).supportsFileAttributeView("posix");
    }

    /**
     * Creates the empty file {@code file}, mode {@code 0600}.
     *
     * @throws FileAlreadyExistsException if it exists
     */
    public static void createFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (posix(parent)) {
            Files.createFile(file, attribute(FILE));
            Files.setPosixFilePermissions(file, FILE); // a umask can only take bits away; this makes sure
        } else {
            Files.createFile(file);
        }
    }

    /** Writes {@code bytes} to the new file {@code file} (mode {@code 0600}); refuses to replace an existing one. */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        createFile(file);
        try {
            Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Creates {@code folder} and its missing parents; the folder itself (new or not) is made {@code 0700}. */
    public static Path folder(Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (posix(parent)) {
            if (!Files.isDirectory(folder)) {
                Files.createDirectory(folder, attribute(FOLDER));
            }
            Files.setPosixFilePermissions(folder, FOLDER);
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }

    /** Sets {@code file} to mode {@code 0600} where the file system has POSIX permissions. */
    public static void restrict(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }

    private static Path existing(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.toAbsolutePath().getRoot() : p;
    }
}
