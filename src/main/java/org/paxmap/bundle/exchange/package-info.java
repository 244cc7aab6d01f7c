/**
 * Whole bundle exchanges over a picture: export to a partner (selection, release filter, signed bundle on the stick)
 * and import from one (verify, address and release checks, preview, apply in one transaction). The window and the
 * command line both call these services; they tie together {@link org.paxmap.bundle.format} (the file),
 * {@link org.paxmap.bundle.trust} (keys, partners, release policy) and {@link org.paxmap.bundle.sync} (merge).
 */
package org.paxmap.bundle.exchange;
