/** The exercise scenario shipped in {@code samples/}: its reproducible generator and the loader used at start-up. */
package org.paxmap.samples;
