package org.paxmap.bundle.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.paxmap.bundle.format.Bundle;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleLimits;
import org.paxmap.bundle.format.BundleReader;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.seal.AgeSeal;
import org.paxmap.bundle.seal.BundleSeal;
import org.paxmap.bundle.seal.X25519Keys;
import org.paxmap.bundle.trust.DecryptionKeys;
import org.paxmap.bytes.AtomicFile;

/**
 * Sign inside, encrypt outside: a bundle is written and verified as a plain signed bundle in a private temporary
 * folder ({@code 0700}, in the system's temporary folder, never next to the target), then encrypted into the target
 * with the one {@link BundleSeal} in use (age v1), and the plain copy deleted. Reading reverses it: the sealed file is
 * decrypted into a private temporary folder under its own file name (so every refusal names the file the user chose),
 * read and verified by the {@link BundleReader} as any bundle is, and deleted; the bundle returned names the sealed
 * file. Stateless; any thread may call.
 */
final class SealedBundles {
    /** The sealing in use. */
    static final BundleSeal SEAL = new AgeSeal();

    /** Seals add at most this to a bundle's size (header and per-chunk tags), for the size limit on reading. */
    private static final long OVERHEAD = AgeSeal.MAX_HEADER + 1024;

    private SealedBundles() {}

    /** Whether {@code file} starts as a sealed bundle does (false if it cannot be read: the reader will say why). */
    static boolean isSealed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SEAL.recognises(in.readNBytes(64));
        } catch (IOException e) {
            return false;
        }
    }

    /** A private folder for a plain bundle's bytes: {@code 0700} on POSIX systems ({@link Files#createTempDirectory}). */
    static Path workFolder() throws IOException {
        return Files.createTempDirectory("paxmap-seal-");
    }

    /** Deletes the work folder and everything in it. */
    static void delete(Path work) {
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is removed by the system; the refusal or result matters more
        }
    }

    /**
     * Encrypts the verified plain bundle {@code plain} to {@code recipients} into {@code target}, which must not
     * exist, through a temporary file renamed into place (created {@code 0600}).
     */
    static void seal(Path plain, Path target, List<byte[]> recipients) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        AtomicFile.writeNew(
                target,
                ".paxmap-",
                ".partial",
                out -> {
                    try (FileChannel in = FileChannel.open(plain, StandardOpenOption.READ)) {
                        SEAL.seal(in, out, recipients);
                    }
                },
                true);
    }

    /**
     * A sealed bundle opened and verified, and the key that opened it.
     *
     * @param bundle the verified bundle, naming the sealed file
     * @param key the key that opened it: the current one, or one a rotation replaced
     */
    record Opened(Bundle bundle, DecryptionKeys.Key key) {}

    /**
     * Decrypts and verifies the sealed bundle {@code file} with this node's X25519 keys: the current one, then those
     * rotations replaced, newest first ({@link DecryptionKeys}), until one is a recipient.
     *
     * @param keys this node's keys; none if they were not unlocked (the bundle is then refused, saying so)
     * @throws BundleException naming the file: no key, not a recipient (the refusal for the current key), header or
     *     content altered or cut short, and every refusal of the plain bundle inside
     */
    static Opened read(Path file, DecryptionKeys keys, BundleReader reader) throws BundleException {
        String name = String.valueOf(file.getFileName());
        if (keys.keys().isEmpty()) {
            throw new BundleException(
                    BundleRefusal.ENCRYPTED_NO_KEY,
                    name,
                    "file",
                    "is encrypted: unlock this node's key with its passphrase to read it");
        }
        Path work = null;
        try {
            if (Files.size(file) > BundleLimits.DEFAULTS.maxFileBytes() + OVERHEAD) {
                throw new BundleException(
                        BundleRefusal.FILE_TOO_LARGE,
                        name,
                        "file",
                        "is larger than " + BundleLimits.DEFAULTS.maxFileBytes() + " bytes");
            }
            work = workFolder();
            Path plain = work.resolve(name);
            BundleException notForUs = null;
            for (DecryptionKeys.Key key : keys.keys()) {
                byte[] identity = X25519Keys.raw(key.key());
                try (FileChannel out = FileChannel.open(
                        plain,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
                    SEAL.open(file, out, identity, name);
                } catch (BundleException e) {
                    if (e.kind() != BundleRefusal.ENCRYPTED_FOR_OTHERS) {
                        throw e;
                    }
                    notForUs = notForUs == null ? e : notForUs; // the current key's refusal is the one said
                    continue;
                } finally {
                    Arrays.fill(identity, (byte) 0);
                }
                return new Opened(reader.read(plain).at(file), key);
            }
            throw notForUs;
        } catch (IOException e) {
            throw new BundleException(BundleRefusal.UNREADABLE, name, "file", "cannot be read: " + e.getMessage(), e);
        } finally {
            if (work != null) {
                delete(work);
            }
        }
    }
}
