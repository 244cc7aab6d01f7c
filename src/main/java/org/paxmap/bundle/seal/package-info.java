/**
 * Bundles sealed for their recipients: a signed bundle ({@code org.paxmap.bundle.format}) encrypted as a whole to the
 * X25519 keys of the nodes it is addressed to — sign inside, encrypt outside — so a lost stick shows nothing but the
 * file's size. {@link org.paxmap.bundle.seal.BundleSeal} is the one variation point (age v1 through Jagged today:
 * {@link org.paxmap.bundle.seal.AgeSeal}; JWE or HPKE could replace it); every implementation passes the same
 * contract test. Depends on the bundle format only for its refusals.
 */
package org.paxmap.bundle.seal;
