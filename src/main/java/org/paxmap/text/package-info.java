/**
 * Text that came from outside the program — a bundle, a key file, a GeoJSON file, a picture written by someone else —
 * made safe to show: {@link org.paxmap.text.OutsideText} is the one function that every such string passes through
 * before it reaches a terminal or a dialog.
 *
 * <p>This package depends on the JDK alone, so that every layer (the command line, the window, the bundle packages
 * when they quote a file in a message) can use the same function. Everything here is stateless and thread-safe.
 */
package org.paxmap.text;
