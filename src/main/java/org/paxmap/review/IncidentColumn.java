package org.paxmap.review;

/** The review table's sortable columns. Ties sort by time, then by the order incidents were loaded. */
public enum IncidentColumn {
    TIME,
    TYPE,
    SEVERITY,
    TITLE,
    GRADE,
    CASUALTIES,
    LABEL,
    LATITUDE,
    LONGITUDE
}
