/**
 * Plotting in the window: the tool palette, the incident, route and zone forms in the details panel, undo/redo, the
 * keyboard shortcuts and the shortcuts sheet. Every change goes through one {@link org.paxmap.edit.EditSession}
 * owned by the window's store thread ({@link org.paxmap.app.plot.PlotSession}); the classes here are FX-thread only
 * unless they say otherwise.
 */
package org.paxmap.app.plot;
