/**
 * The window's briefings: the briefing side panel and its parts (choosing a briefing, the slide list, capturing the
 * view as a slide, the selected slide's editor), the session that runs every briefing edit on the window's store
 * thread, showing a slide in the window, and the File menu's exports of the view, a briefing or a playback. FX thread
 * unless a class says otherwise.
 */
package org.paxmap.app.brief;
