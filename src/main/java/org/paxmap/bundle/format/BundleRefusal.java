package org.paxmap.bundle.format;

/**
 * Why a bundle was refused, one constant per rule of the bundle format (brief §1–§4), so that callers and tests can
 * tell the reasons apart without reading messages. The user-facing wording is in {@link BundleException#getMessage()}.
 */
public enum BundleRefusal {
    /** An encrypted bundle none of whose recipients is this node's encryption key. */
    ENCRYPTED_FOR_OTHERS,
    /** An encrypted bundle whose header is malformed, cut short, larger than the limit, or altered. */
    ENCRYPTION_HEADER,
    /** An encrypted bundle whose recipients are of a kind Paxmap does not accept (a passphrase, scrypt, ...). */
    ENCRYPTION_RECIPIENT_TYPE,
    /** An encrypted bundle whose content fails its authentication: altered, or cut short. */
    ENCRYPTION_ALTERED,
    /** An encrypted bundle read without this node's key (unlock it with the passphrase). */
    ENCRYPTED_NO_KEY,
    /** The file cannot be read at all (I/O error). */
    UNREADABLE,
    /** The file is larger than {@link BundleLimits#maxFileBytes()}. */
    FILE_TOO_LARGE,
    /** No ZIP end-of-central-directory record: not a ZIP file. */
    NOT_A_ZIP,
    /**
     * The ZIP structure is unusable or ambiguous: ZIP64, several disks, an archive comment, bytes before, between or
     * after the entries, a central directory that does not add up, a truncated entry.
     */
    ZIP_STRUCTURE,
    /** A local file header disagrees with the central directory (name, method, flags, sizes, CRC). */
    LOCAL_HEADER_MISMATCH,
    /** Two entries share bytes (the overlapping and quoted-overlap zip bombs). */
    OVERLAPPING_ENTRIES,
    /** More entries than {@link BundleLimits#maxEntries()}. */
    TOO_MANY_ENTRIES,
    /** An entry larger than its limit ({@link BundleLimits#maxEntryBytes()}, or the metadata limit). */
    ENTRY_TOO_LARGE,
    /** All entries together larger than {@link BundleLimits#maxTotalBytes()}. */
    TOTAL_TOO_LARGE,
    /** An entry compresses better than {@link BundleLimits#maxCompressionRatio()} (a compression bomb). */
    COMPRESSION_RATIO,
    /** An entry whose data inflates to another size than declared, fails its CRC-32, or is corrupt. */
    ENTRY_CORRUPT,
    /** An encrypted entry. */
    ENCRYPTED_ENTRY,
    /** A compression method other than STORED (0) or DEFLATED (8). */
    UNSUPPORTED_COMPRESSION,
    /** A directory entry. */
    DIRECTORY_ENTRY,
    /** An entry name outside the allowed pattern (../, absolute, backslash, drive letter, control characters...). */
    BAD_ENTRY_NAME,
    /** Two entries with the same name, also compared case-insensitively. */
    DUPLICATE_ENTRY,
    /** The {@code mimetype} entry is missing or not the first entry. */
    MIMETYPE_NOT_FIRST,
    /** The {@code mimetype} entry is compressed instead of STORED. */
    MIMETYPE_COMPRESSED,
    /** The {@code mimetype} entry does not hold {@code application/vnd.paxmap.bundle+zip}. */
    MIMETYPE_WRONG,
    /** No {@code META-INF/manifest.json}. */
    MANIFEST_MISSING,
    /** The manifest is not JSON (malformed, duplicate member names, not an object). */
    MANIFEST_MALFORMED,
    /** The manifest bytes differ from the RFC 8785 canonical form of their own parse. */
    MANIFEST_NOT_CANONICAL,
    /** The manifest's {@code format} is not {@code paxmap-bundle/1}. */
    UNKNOWN_FORMAT,
    /** A manifest field is missing, unknown, of the wrong type or out of range. */
    MANIFEST_INVALID,
    /** No {@code META-INF/manifest.jws}: the bundle is unsigned. */
    UNSIGNED,
    /** The JWS is not a General JSON serialization of the expected shape. */
    SIGNATURE_MALFORMED,
    /** Not exactly one signature. */
    SIGNATURE_COUNT,
    /** The JWS carries the payload; it must be detached. */
    SIGNATURE_PAYLOAD_PRESENT,
    /** A signature has an unprotected header. */
    SIGNATURE_UNPROTECTED_HEADER,
    /** The algorithm is not exactly {@code Ed25519} (none, HMAC, ECDSA and {@code EdDSA} are refused). */
    SIGNATURE_ALGORITHM,
    /** Unknown header member, wrong {@code typ}, {@code crit} other than {@code ["b64"]}, {@code b64} not false. */
    SIGNATURE_HEADER,
    /** The signature does not verify over the manifest bytes. */
    SIGNATURE_INVALID,
    /** The {@code kid} is not in the local trust list. */
    SIGNER_UNKNOWN,
    /** The signature verifies with the key of a partner that is suspended in the trust list. */
    SIGNER_SUSPENDED,
    /** The signing key is not the sender's: other kid, or its node id differs from {@code manifest.sender}. */
    /** A key statement the bundle carries is malformed, or not signed by the key it must be signed by. */
    KEY_STATEMENT_INVALID,
    /** The bundle is signed by a key revoked before the bundle's date. */
    KEY_REVOKED,
    /** The bundle is signed by a key its node replaced (rotation) before the bundle's date. */
    KEY_ROTATED,
    /** The certificates entry is malformed, or a root's revocation list in it does not verify with that root. */
    CERTIFICATE_INVALID,
    /** The bundle's date lies outside the validity period of the certificate that vouches for its signer. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate, or the root that signed it, was revoked before the bundle's date. */
    CERTIFICATE_REVOKED,
    SIGNER_NOT_SENDER,
    /** An entry that the manifest does not list. */
    UNLISTED_ENTRY,
    /** An entry that the manifest lists but the ZIP does not hold. */
    MISSING_ENTRY,
    /** An entry's size differs from the manifest's. */
    SIZE_MISMATCH,
    /** An entry's SHA-256 differs from the manifest's (the file was altered). */
    DIGEST_MISMATCH,
    /** A layer file exceeds a JSON parse limit: nesting depth, number length, string or name length. */
    JSON_LIMIT,
    /** The bundle's features hold more positions together than {@link BundleLimits#maxPositions()}. */
    TOO_MANY_POSITIONS,
    /** A layer file is not well-formed JSON (including NaN and Infinity). */
    JSON_MALFORMED,
    /** A layer file or feature that the strict GeoJSON reader refuses (geometry, fields, structure). */
    FEATURE_INVALID,
    /** A feature without the {@code paxmap} member: a bundle carries only Paxmap features. */
    NOT_A_BUNDLE_FEATURE,
    /** The same feature id twice in the bundle. */
    DUPLICATE_FEATURE,
    /** A feature in another layer's file. */
    WRONG_LAYER,
    /** A layer file's feature count differs from the manifest's. */
    FEATURE_COUNT_MISMATCH,
    /** A layer file's tombstone count differs from the manifest's. */
    TOMBSTONE_COUNT_MISMATCH
}
