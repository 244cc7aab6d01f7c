package org.paxmap.bundle.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paxmap.bytes.AtomicFile;
import org.paxmap.bytes.PrivateFiles;

/**
 * The user's key store: one file per node key, {@code <thumbprint>}{@value #EXTENSION}, holding the node's public
 * identity and its private keys encrypted under the passphrase ({@link NodeKeyFile}). The folder is created {@code
 * 0700} and every file {@code 0600}, whatever the umask. A picture names its key by thumbprint only, so a picture handed
 * to a GIS user or copied carries no key, and several pictures of the same node share one key.
 *
 * <p>Where it is: the system property {@value #PROPERTY} if set, else the environment variable {@value #ENV}, else
 * {@code $XDG_DATA_HOME/paxmap/keys}, else {@code ~/.local/share/paxmap/keys}. Tests set the property (Maven's
 * Surefire points it into {@code target/}) so they never write into the real home folder.
 *
 * <p>Thread-safe: files are written through a temporary file and renamed into place.
 */
public final class NodeKeyStore {
    /** The system property naming the key store folder. */
    public static final String PROPERTY = "paxmap.keyStore";
    /** The environment variable naming the key store folder (after the property). */
    public static final String ENV = "PAXMAP_KEY_STORE";
    /** The extension of a key file. */
    public static final String EXTENSION = ".paxnode";

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Path folder;

    /** The key store in {@code folder} (created when the first key is written). */
    public NodeKeyStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The key store of this process's user, as the class comment says. */
    public static NodeKeyStore forUser() {
        return new NodeKeyStore(
                resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home")));
    }

    /** The folder for the given property value, environment and home folder. */
    static Path resolve(String property, Map<String, String> env, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "paxmap", "keys");
        }
        return Path.of(home, ".local", "share", "paxmap", "keys");
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The file that holds (or would hold) the key with thumbprint {@code kid}. */
    public Path file(String kid) {
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("not a key thumbprint: " + kid);
        }
        return folder.resolve(kid + EXTENSION);
    }

    /**
     * The key with thumbprint {@code kid}, if the store holds it.
     *
     * @throws TrustException if its file cannot be read or is damaged, naming the file
     */
    public Optional<NodeKeyFile> read(String kid) throws TrustException {
        Path file = file(kid);
        String text;
        try {
            if (Files.size(file) > PublicKeyFile.MAX_BYTES) {
                throw new TrustException(file + ": not a node key file (too large)");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TrustException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        NodeKeyFile key = NodeKeyFile.parse(text, file.toString());
        if (!key.identity().kid().equals(kid)) {
            throw new TrustException(file + ": holds the key " + key.identity().kid() + ", not " + kid);
        }
        return Optional.of(key);
    }

    /**
     * Writes {@code key} (a new file, or replacing the file of the same key, e.g. after a passphrase change): the
     * folder is made {@code 0700}, the file {@code 0600}.
     *
     * @return the file written
     * @throws TrustException naming the folder if it cannot be written
     */
    public Path write(NodeKeyFile key) throws TrustException {
        Path file = file(key.identity().kid());
        try {
            PrivateFiles.folder(folder);
            byte[] bytes = key.toJson().getBytes(StandardCharsets.UTF_8);
            // the temporary file is created 0600 (Files.createTempFile) and renamed, so the key is never readable
            AtomicFile.write(file, ".paxnode-", ".tmp", channel -> channel.write(java.nio.ByteBuffer.wrap(bytes)));
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new TrustException("cannot write the key store " + folder + ": " + e.getMessage(), e);
        }
        return file;
    }
}
