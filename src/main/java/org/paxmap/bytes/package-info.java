/**
 * Byte-level helpers shared by the content hash, the bundle file and the keys: {@link org.paxmap.bytes.Sha256}
 * (SHA-256 digests, raw and lower-case hex) and {@link org.paxmap.bytes.Base64Url} (unpadded base64url, decoded
 * strictly so that one value has one spelling), and {@link org.paxmap.bytes.AtomicFile} (a file written under a
 * temporary name, forced and renamed into place, for every export).
 *
 * <p>This package depends on the JDK alone, so that {@code geojson} and the {@code bundle} packages, which do not
 * depend on each other's internals, can share one implementation. Everything here is stateless and thread-safe.
 */
package org.paxmap.bytes;
