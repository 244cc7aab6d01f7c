/** The {@code paxmap} command line (picocli): the same services as the window, for scripts on field laptops. */
package org.paxmap.cli;
