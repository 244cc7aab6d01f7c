package org.paxmap.store;

/** Level codes as ordinals: severities and threat levels share the scale low, moderate, high, critical. */
final class Levels {
    private Levels() {}

    /** The ordinal of a stored level code: 0 low … 3 critical; 0 for anything else. */
    static int of(String code) {
        switch (code) {
            case "moderate":
                return 1;
            case "high":
                return 2;
            case "critical":
                return 3;
            default:
                return 0;
        }
    }
}
