package org.paxmap.review;

import java.time.Instant;
import java.util.UUID;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.TimePrecision;

/**
 * One row of the review table: what the table shows of an incident. The full incident is {@code
 * PictureStore.find(id)}. An immutable value.
 *
 * @param id the incident's id
 * @param occurredAt when it happened
 * @param timePrecision how precisely the time is known
 * @param type catalogue sub-type
 * @param severity severity
 * @param title title
 * @param grade Admiralty grade
 * @param casualtiesBest best casualty estimate
 * @param label release label
 * @param longitude position, degrees east
 * @param latitude position, degrees north
 */
public record IncidentRow(
        UUID id,
        Instant occurredAt,
        TimePrecision timePrecision,
        IncidentType type,
        Severity severity,
        String title,
        AdmiraltyGrade grade,
        int casualtiesBest,
        ReleaseLabel label,
        double longitude,
        double latitude) {}
