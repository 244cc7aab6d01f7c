/**
 * The bundle container, manifest and signature (bundle format brief §1–§3, and the parse-level checks of §4): a
 * {@code .paxb} ZIP with a stored {@code mimetype} first, an RFC 8785 canonical {@code META-INF/manifest.json}, a
 * detached unencoded Ed25519 JWS over it in {@code META-INF/manifest.jws}, and one plain GeoJSON FeatureCollection
 * per layer under {@code data/}.
 *
 * <p>{@link org.paxmap.bundle.format.BundleWriter} writes and self-verifies a bundle; {@link
 * org.paxmap.bundle.format.BundleReader} verifies one as a whole or refuses it with a {@link
 * org.paxmap.bundle.format.BundleException} whose {@link org.paxmap.bundle.format.BundleRefusal} names the rule. Keys
 * come from the trust package through {@link org.paxmap.bundle.format.SignerKeys}; releasability, the stream and
 * sync decisions are made above this package. Nothing here touches a store or the network; every public class is
 * immutable or stateless and thread-safe unless its comment says otherwise.
 */
package org.paxmap.bundle.format;
