/**
 * The one renderer of the picture, for screen, paper and the command line: the view's projection ({@link
 * org.paxmap.render.MapViewState}), the drawing operations ({@link org.paxmap.render.Pen}, over Java2D in {@link
 * org.paxmap.render.AwtPen}; the window adds a JavaFX canvas pen), the features' symbols ({@link
 * org.paxmap.render.FeaturePainter}), incident clustering and the tile grid. No JavaFX types: colours are {@link
 * org.paxmap.render.Ink}s and fonts {@link org.paxmap.render.Typeface}s.
 */
package org.paxmap.render;
