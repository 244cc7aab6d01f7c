/**
 * Trust for signed bundles (bundle brief §5 and §6): this node's Ed25519 identity and its passphrase-protected private
 * key ({@link org.paxmap.bundle.trust.LocalIdentity}, {@link org.paxmap.bundle.trust.EncryptedPrivateKey}), the public
 * key file handed to partners ({@link org.paxmap.bundle.trust.PublicKeyFile}) with its RFC 7638 thumbprint and
 * Signal-style {@link org.paxmap.bundle.trust.Fingerprint}, the explicitly verified partners ({@link
 * org.paxmap.bundle.trust.TrustList}), and the release policies that decide what may go to whom ({@link
 * org.paxmap.bundle.trust.PolicyTable}). Cryptography is the JDK's own (Ed25519, PBKDF2, AES-GCM); JSON is Jackson.
 * Everything persistent lives in the picture (store migration 4). Failures a user can act on are {@link
 * org.paxmap.bundle.trust.TrustException}s whose message names the file or field and the reason.
 */
package org.paxmap.bundle.trust;
