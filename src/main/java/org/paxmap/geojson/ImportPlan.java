package org.paxmap.geojson;

import java.util.List;
import org.paxmap.model.Feature;

/**
 * The result of reading a GeoJSON file, before anything touches a store.
 *
 * @param features the features to save, in file order
 * @param refusals one user-facing line per feature left out (only non-empty with skip-invalid)
 * @param warnings one user-facing line per change made on the way in (e.g. altitude dropped, polygon repaired)
 */
public record ImportPlan(List<Feature> features, List<String> refusals, List<String> warnings) {
    /** Copies the lists. */
    public ImportPlan {
        features = List.copyOf(features);
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }
}
