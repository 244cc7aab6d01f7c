package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paxmap.model.VersionVector;

/** The store writes version vectors itself; what it writes must be what Jackson wrote, and read back the same. */
class VersionsJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_vector_is_written_as_jackson_writes_its_map_and_reads_back_equal() throws Exception {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("BENCH-1", 1L);
        counters.put("quote\"back\\slash", 42L);
        counters.put("tab\tnewline\ncontrol\u0001", Long.MAX_VALUE);
        counters.put("Tyr-ÿ-\u202e-😀", 7L);
        for (VersionVector v : new VersionVector[] {
            VersionVector.EMPTY, VersionVector.of(Map.of("FRA-1", 3L)), VersionVector.of(counters)
        }) {
            String written = FeatureTable.versionsJson(v);
            assertEquals(JSON.writeValueAsString(v.asMap()), written);
            assertEquals(v, FeatureTable.parseVersions(written));
        }
    }
}
