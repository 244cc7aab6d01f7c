package org.paxmap.samples;

import java.util.List;

/**
 * A named place in the exercise's area of operations, at an approximate position. Immutable.
 *
 * @param name the town or feature name as commonly transliterated
 * @param lon longitude, degrees east
 * @param lat latitude, degrees north
 * @param nearBlueLine whether the place lies within a few kilometres of the Blue Line
 */
public record Place(String name, double lon, double lat, boolean nearBlueLine) {

    /**
     * Real towns of southern Lebanon between the Litani river and the Blue Line. Positions are approximate (within a
     * few hundred metres) and good enough for an exercise; they are not survey data.
     */
    public static final List<Place> SOUTH_LEBANON = List.of(
            new Place("Ras Naqoura", 35.1120, 33.0930, true),
            new Place("Naqoura", 35.1390, 33.1180, true),
            new Place("Labbouneh", 35.1520, 33.0930, true),
            new Place("Alma ash-Shaab", 35.1830, 33.0970, true),
            new Place("Chamaa", 35.1960, 33.1540, false),
            new Place("Tyre", 35.2030, 33.2710, false),
            new Place("Qasmiyeh bridge", 35.2450, 33.3330, false),
            new Place("Qana", 35.2990, 33.2090, false),
            new Place("Jouaiya", 35.3350, 33.2360, false),
            new Place("Ramyah", 35.3150, 33.1020, true),
            new Place("Aita ash-Shaab", 35.3380, 33.0960, true),
            new Place("Yater", 35.3330, 33.1480, false),
            new Place("Rmeish", 35.3700, 33.0800, true),
            new Place("Kafra", 35.3860, 33.1480, false),
            new Place("Srifa", 35.3960, 33.2780, false),
            new Place("Tebnine", 35.4120, 33.1960, false),
            new Place("Yaroun", 35.4200, 33.0800, true),
            new Place("Bint Jbeil", 35.4330, 33.1200, true),
            new Place("Maroun al-Ras", 35.4450, 33.1040, true),
            new Place("Aitaroun", 35.4720, 33.1170, true),
            new Place("Blida", 35.5170, 33.1400, true),
            new Place("Mays al-Jabal", 35.5250, 33.1670, true),
            new Place("Houla", 35.5170, 33.2080, true),
            new Place("Markaba", 35.5200, 33.2300, false),
            new Place("Odaisseh", 35.5540, 33.2530, true),
            new Place("Kfar Kila", 35.5600, 33.2830, true),
            new Place("Deir Mimas", 35.5730, 33.3080, false),
            new Place("Qlayaa", 35.5840, 33.3350, false),
            new Place("Marjayoun", 35.5920, 33.3600, false),
            new Place("Khiam", 35.6120, 33.3290, true),
            new Place("Wazzani", 35.6170, 33.2660, true),
            new Place("Ghajar", 35.6240, 33.2740, true),
            new Place("Ibl al-Saqi", 35.6580, 33.3690, false),
            new Place("Rashaya al-Fukhar", 35.6940, 33.3570, false),
            new Place("Kfar Shouba", 35.7200, 33.3290, true),
            new Place("Shebaa", 35.7430, 33.3520, true));

    /** The place with this name, or an exception naming it. */
    public static Place named(String name) {
        return SOUTH_LEBANON.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place named '" + name + "' in the exercise area"));
    }
}
