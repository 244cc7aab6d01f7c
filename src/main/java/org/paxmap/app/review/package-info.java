/**
 * The analyst's review in the window: the table of features beside the map ({@link org.paxmap.app.review.ReviewTable}),
 * the filter bar ({@link org.paxmap.app.review.FilterBar}), the timeline with its histogram of incidents per day and
 * a draggable time window ({@link org.paxmap.app.review.TimelineView}), all driven by one {@link
 * org.paxmap.app.review.ReviewModel} over {@link org.paxmap.review.FilteredPicture}. Everything here is FX-thread
 * only; the picture is read from the store on the window's I/O executor.
 */
package org.paxmap.app.review;
