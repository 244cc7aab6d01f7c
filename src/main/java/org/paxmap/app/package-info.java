/** The JavaFX application: windows, menus, panels. The only package that imports JavaFX. */
package org.paxmap.app;
