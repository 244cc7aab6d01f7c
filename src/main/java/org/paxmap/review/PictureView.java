package org.paxmap.review;

/**
 * A filter's answer: the incident table's rows in the order asked for, and the features the map shows. Valid until
 * the {@link FilteredPicture} changes.
 *
 * @param rows the incidents, sorted
 * @param visible the ids of every feature shown (incidents, routes, zones)
 */
public record PictureView(IncidentRows rows, VisibleIds visible) {}
