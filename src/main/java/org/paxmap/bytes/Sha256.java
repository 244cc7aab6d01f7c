package org.paxmap.bytes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of byte arrays: the content hash of features, the digests of bundle entries and manifests, and JWK
 * thumbprints. Thread-safe: each thread digests with its own {@link MessageDigest}, reset before every use, so a
 * bulk import hashing on all cores does not look the algorithm up once per feature.
 */
public final class Sha256 {
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {}

    /** The 32-byte SHA-256 digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        return digest.digest(bytes);
    }

    /** The digest {@code digest} has computed, as 64 lower-case hex digits (and {@code digest} reset). */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 digest of {@code bytes} as 64 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** A fresh SHA-256 digest, for data hashed as it streams past (the caller owns it; not thread-safe). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
