/**
 * Presenter mode: a briefing (or the live view) full screen as briefing slides drawn by the one renderer, with the keys
 * a presenter expects and time playback. FX thread unless a class says otherwise.
 */
package org.paxmap.app.present;
