/**
 * A briefing made into pictures: what a slide shows its audience (the slide's view, layers, filter and time window,
 * then the audience's release rules), composed with its marginalia into what {@link org.paxmap.render.SlidePainter}
 * draws, and the exports of a view or a briefing — PNG, PDF, playback video — that the window and the command line
 * both call. No JavaFX.
 */
package org.paxmap.brief.present;
