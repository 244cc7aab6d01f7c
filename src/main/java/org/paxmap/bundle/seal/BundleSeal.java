package org.paxmap.bundle.seal;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.List;
import org.paxmap.bundle.format.BundleException;

/**
 * How a whole bundle file is encrypted to its recipients and decrypted by one of them. Recipients and identities are
 * raw X25519 keys ({@link X25519Keys}). Implementations are stateless and thread-safe.
 *
 * <p>Contract (checked by one test against every implementation): what {@link #seal} writes, {@link #recognises}
 * recognises, and {@link #open} gives back byte for byte to each recipient's identity; any other identity, any
 * changed or missing byte, and any header this format does not accept are refused with a {@link BundleException}
 * naming the bundle and the reason, before or instead of plaintext being handed on — a refusal may come after some
 * plaintext was written to {@code out}, which the caller therefore keeps private and discards on refusal.
 */
public interface BundleSeal {
    /** The format as a user reads it, e.g. {@code age v1 (X25519)}. */
    String name();

    /** Whether a file whose first bytes are {@code head} (at least 32 of them, if the file has that many) is sealed in this format. */
    boolean recognises(byte[] head);

    /**
     * Encrypts everything {@code plain} reads to each of {@code recipients} (raw 32-byte X25519 public keys), writing
     * the sealed file to {@code out}; neither channel is closed.
     */
    void seal(ReadableByteChannel plain, WritableByteChannel out, List<byte[]> recipients) throws IOException;

    /**
     * Decrypts {@code sealed} with {@code identity} (a raw 32-byte X25519 private key), writing the plaintext to
     * {@code out} (not closed).
     *
     * @param bundle the bundle's name, for messages
     * @throws BundleException if the file is not sealed for this identity, its header is malformed, truncated, too
     *     large or of a kind Paxmap does not accept, or its content was altered or cut short
     */
    void open(Path sealed, WritableByteChannel out, byte[] identity, String bundle) throws BundleException, IOException;
}
