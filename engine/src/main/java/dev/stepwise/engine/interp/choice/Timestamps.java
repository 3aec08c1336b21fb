package dev.stepwise.engine.interp.choice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;

/**
 * The timestamps Choice accepts: what Java's {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} parses, the "ISO-8601
 * extended offset date-time format" that AWS names in its Wait-state causes (for example
 * {@code 2016-03-14T01:59:00Z}, {@code 2016-03-05T21:29:29.243167252Z}, {@code 2012-10-09T19:00:55+01:00}; not
 * {@code 2016-12-05T21:29:29} without an offset, not {@code 2016-12-05 21:29:29Z}, not month 13 or hour 25). The
 * common shape is parsed by hand, which is much faster; anything else goes to the formatter.
 */
final class Timestamps {

    /** A point in time, ordered by instant. */
    record Timestamp(long epochSecond, int nano) implements Comparable<Timestamp> {
        @Override
        public int compareTo(Timestamp other) {
            int bySecond = Long.compare(epochSecond, other.epochSecond);
            return bySecond != 0 ? bySecond : Integer.compare(nano, other.nano);
        }
    }

    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Timestamps() {
    }

    /** The instant the text names, or null when it is not a timestamp. */
    static Timestamp parse(String text) {
        Timestamp fast = parseCommon(text);
        if (fast != null) {
            return fast;
        }
        if (text.length() < 16 || !Character.isDigit(text.charAt(0)) && text.charAt(0) != '+' && text.charAt(0) != '-') {
            return null;
        }
        try {
            var instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return new Timestamp(instant.getEpochSecond(), instant.getNano());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, valid fields only; null for anything else. */
    static Timestamp parseCommon(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (s.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 10 && Character.isDigit(s.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nano = digits(s, start, count) * SCALE[count];
        }
        int offsetSeconds;
        if (at == n - 1 && s.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == n - 6 && (s.charAt(at) == '+' || s.charAt(at) == '-') && s.charAt(at + 3) == ':') {
            int offsetHours = digits(s, at + 1, 2);
            int offsetMinutes = digits(s, at + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                    || offsetHours == 18 && offsetMinutes > 0) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s.charAt(at) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return new Timestamp(epochSecond, nano);
    }

    /** The non-negative number spelled by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
