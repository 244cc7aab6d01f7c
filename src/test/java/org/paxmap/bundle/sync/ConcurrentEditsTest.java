package org.paxmap.bundle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paxmap.model.Layer;
import org.paxmap.model.VersionVector;

class ConcurrentEditsTest {
    @Test
    void aConflictIsToldAsChangesOnEachSideSinceTheyLastAgreed() {
        VersionVector agreed = VersionVector.of(Map.of("FRA-HQ", 1L));
        VersionVector theirs = VersionVector.of(Map.of("FRA-HQ", 3L));
        VersionVector mine = VersionVector.of(Map.of("FRA-HQ", 1L, "ITA-BN", 1L));
        assertEquals(
                "FRA-HQ changed this zone twice since you last heard from them, while you changed it once",
                ConcurrentEdits.describe(Layer.ZONES, theirs, mine, "FRA-HQ", "ITA-BN"));
        assertEquals(
                "FRA-HQ changed this incident once since you last heard from them, while you changed it 3 times",
                ConcurrentEdits.describe(
                        Layer.INCIDENTS,
                        agreed.increment("FRA-HQ"),
                        VersionVector.of(Map.of("FRA-HQ", 1L, "ITA-BN", 3L)),
                        "FRA-HQ",
                        "ITA-BN"));
    }

    @Test
    void changesRelayedFromOtherNodesAreNamed() {
        VersionVector theirs = VersionVector.of(Map.of("FRA-HQ", 2L, "DEU-BDE", 1L));
        VersionVector mine = VersionVector.of(Map.of("FRA-HQ", 1L, "ITA-BN", 1L, "ESP-BN", 1L));
        assertEquals(
                "FRA-HQ's version of this route holds 2 changes you have not seen (1 by DEU-BDE, 1 by FRA-HQ), while"
                        + " yours holds 2 changes they had not seen (1 by ESP-BN, 1 by you)",
                ConcurrentEdits.describe(Layer.ROUTES, theirs, mine, "FRA-HQ", "ITA-BN"));
    }
}
