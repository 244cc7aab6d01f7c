package org.paxmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.paxmap.bytes.Sha256;

/**
 * Puts sqlite-jdbc's native library where two Paxmap processes starting at once cannot disturb each other, before the
 * first connection. Left to itself, the driver extracts the library into the shared temporary folder under a random
 * name with a lock file beside it and deletes other processes' copies it believes stale; two JVMs starting together
 * (the window and a command, two commands) have printed a stack trace from that. Here the library is extracted once
 * per user into a folder only that user may write ({@code <java.io.tmpdir>/paxmap-<user>/}, mode 700, checked), under
 * a name that carries its SHA-256, by writing a temporary file and renaming it into place atomically — so every
 * process finds either no file or the whole, verified library — and the driver is told to load that file
 * ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}). If anything about that fails (no POSIX permissions, a
 * folder owned by someone else, no library for this platform in the jar) nothing is set and the driver does as it
 * always did. Thread-safe; meant to be called once by each entry point (the window, the command line).
 */
public final class NativeSqlite {
    private NativeSqlite() {}

    /**
     * Extracts the library into the per-user folder and points the driver at it, unless a library path was given.
     *
     * @return the library file the driver will load, or empty if the driver is left to extract it itself
     */
    public static synchronized Optional<Path> prepare() {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return Optional.empty(); // chosen by whoever started the JVM
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Optional<Path> library = extract(Path.of(System.getProperty("java.io.tmpdir"), "paxmap-" + user));
        library.ifPresent(file -> {
            System.setProperty("org.sqlite.lib.path", file.getParent().toString());
            System.setProperty("org.sqlite.lib.name", file.getFileName().toString());
        });
        return library;
    }

    /**
     * Extracts the driver's library for this platform into {@code folder} (created with mode 700; an existing one must
     * be this user's and writable by no one else), atomically and verified by its SHA-256.
     *
     * @return the library file, or empty if it cannot be placed safely
     */
    static Optional<Path> extract(Path folder) {
        String resource = resource();
        try (InputStream probe = NativeSqlite.class.getResourceAsStream(resource)) {
            if (probe == null) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            if (!privateFolder(folder)) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
                bytes = in.readAllBytes();
            }
            String sha256 = Sha256.hex(bytes);
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path target = folder.resolve("sqlite-" + sha256.substring(0, 16) + "-" + name);
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && sha256.equals(hash(target))) {
                return Optional.of(target);
            }
            Path partial = Files.createTempFile(folder, ".sqlite-", ".partial");
            try {
                Files.write(partial, bytes);
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    return Optional.empty();
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            return sha256.equals(hash(target)) ? Optional.of(target) : Optional.empty();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The library's resource in the sqlite-jdbc jar, e.g. {@code /org/sqlite/native/Linux/x86_64/libsqlitejdbc.so}. */
    static String resource() {
        String file = System.mapLibraryName("sqlitejdbc");
        if (file.endsWith(".dylib") || file.endsWith(".jnilib")) {
            file = "libsqlitejdbc.dylib";
        }
        return "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + file;
    }

    /** Creates {@code folder} with mode 700, or checks that an existing one is a directory of ours, 700 at most. */
    private static boolean privateFolder(Path folder) throws IOException {
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(owner));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process made it: checked below like any existing folder
            }
        }
        PosixFileAttributeView view =
                Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        var attributes = view.readAttributes();
        String me = System.getProperty("user.name");
        return attributes.owner().getName().equals(me) && owner.containsAll(attributes.permissions());
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
