package org.sitrep.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An interval of days [earliest, latest], both inclusive; a known date is a window of one day. */
public record DateWindow(LocalDate earliest, LocalDate latest) {
    public DateWindow {
        if (earliest == null || latest == null || latest.isBefore(earliest)) {
            throw new IllegalArgumentException("bad window " + earliest + ".." + latest);
        }
    }

    public static DateWindow day(LocalDate day) {
        return new DateWindow(day, day);
    }

    public boolean isExact() {
        return earliest.equals(latest);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    public boolean overlaps(DateWindow other) {
        return !other.latest.isBefore(earliest) && !other.earliest.isAfter(latest);
    }

    /** The overlap of two windows, or null when they do not meet. */
    public DateWindow intersect(DateWindow other) {
        LocalDate from = earliest.isAfter(other.earliest) ? earliest : other.earliest;
        LocalDate to = latest.isBefore(other.latest) ? latest : other.latest;
        return to.isBefore(from) ? null : new DateWindow(from, to);
    }

    public DateWindow widen(int days) {
        return new DateWindow(earliest.minusDays(days), latest.plusDays(days));
    }

    public long widthDays() {
        return ChronoUnit.DAYS.between(earliest, latest) + 1;
    }

    /** Days between the windows (0 when they overlap). */
    public long gapDays(DateWindow other) {
        if (overlaps(other)) {
            return 0;
        }
        return other.earliest.isAfter(latest)
                ? ChronoUnit.DAYS.between(latest, other.earliest)
                : ChronoUnit.DAYS.between(other.latest, earliest);
    }

    @Override
    public String toString() {
        return isExact() ? earliest.toString() : earliest + ".." + latest;
    }
}
