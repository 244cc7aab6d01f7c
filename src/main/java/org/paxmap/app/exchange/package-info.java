/**
 * The exchange side of the window: this node's identity, the partners it trusts, exporting and importing signed
 * bundles, and resolving conflicts. Each dialog is a small window owned by the main window; every store and file
 * operation runs through {@link org.paxmap.app.exchange.ExchangeHost#inBackground}, never on the FX thread.
 */
package org.paxmap.app.exchange;
