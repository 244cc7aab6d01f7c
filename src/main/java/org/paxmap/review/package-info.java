/**
 * The filtered picture for review: a {@link org.paxmap.review.PictureFilter} (time window, incident types,
 * severities, Admiralty grades, labels, full text), a {@link org.paxmap.review.FilteredPicture} that answers a filter
 * change with the incident table's rows in any column's order and the set of visible feature ids for the map, from an
 * in-memory column index of the incidents loaded once and kept current from edit notifications, and the timeline's
 * {@link org.paxmap.review.DailyHistogram}. No JavaFX; reads the store only through {@link
 * org.paxmap.store.PictureStore}.
 */
package org.paxmap.review;
