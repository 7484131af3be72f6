package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses the publication dates that metadata carries (ISO dates and timestamps). */
public final class Dates {
    private Dates() {}

    /** The calendar date of an ISO date or timestamp, or null when the value is not one. */
    public static LocalDate parseIso(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
