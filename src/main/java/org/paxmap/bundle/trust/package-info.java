/**
 * Trust for signed bundles (bundle brief §5 and §6): this node's Ed25519 identity and its passphrase-protected private
 * key ({@link org.paxmap.bundle.trust.LocalIdentity}, {@link org.paxmap.bundle.trust.EncryptedPrivateKey}), the public
 * key file handed to partners ({@link org.paxmap.bundle.trust.PublicKeyFile}) with its RFC 7638 thumbprint and
 * Signal-style {@link org.paxmap.bundle.trust.Fingerprint}, the explicitly verified partners ({@link
 * org.paxmap.bundle.trust.TrustList}), and the release policies that decide what may go to whom ({@link
 * org.paxmap.bundle.trust.PolicyTable}), a node's key lifecycle — rotation and revocation statements it signs ({@link
 * org.paxmap.bundle.trust.KeyLifecycle}, {@link org.paxmap.bundle.trust.KeyStatement}) and what a picture records of
 * its partners' ({@link org.paxmap.bundle.trust.PartnerKeys}, {@link org.paxmap.bundle.trust.KeyHistory}) — restoring
 * a node over a damaged key ({@link org.paxmap.bundle.trust.NodeRestore}) and the refusal of TEST ONLY keys ({@link
 * org.paxmap.bundle.trust.TestOnlyKeys}). Cryptography is the JDK's own (Ed25519, PBKDF2, AES-GCM); JSON is Jackson.
 * Partners, policies and key histories live in the picture (store migration 4, settings); this node's private keys
 * live in the user's key store ({@link org.paxmap.bundle.trust.NodeKeyStore}). Failures a user can act on are {@link
 * org.paxmap.bundle.trust.TrustException}s whose message names the file or field and the reason.
 */
package org.paxmap.bundle.trust;
