package org.paxmap.geojson;

import org.paxmap.model.ReleaseLabel;

/**
 * How plain GeoJSON becomes picture features.
 *
 * @param nodeId the local node, origin of the features created
 * @param user who imports (modified-by)
 * @param defaultLabel the label given to features that carry none
 * @param repair whether invalid polygons are repaired with JTS GeometryFixer instead of refused
 * @param skipInvalid whether refused features are left out (and reported) instead of refusing the whole file
 */
public record ImportOptions(
        String nodeId, String user, ReleaseLabel defaultLabel, boolean repair, boolean skipInvalid) {}
