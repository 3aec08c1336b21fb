package dev.stepwise.engine.interp.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    /** The hand parser must agree with Java's ISO_OFFSET_DATE_TIME wherever it gives an answer. */
    @ParameterizedTest
    @ValueSource(strings = {
        "2012-10-09T19:00:55Z", "2012-10-09T19:00:55+01:00", "2012-10-09T19:00:55-07:30", "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.999999999Z", "2016-03-05T21:29:29.243167252Z", "2016-03-14T01:59:00.00Z",
        "2016-02-29T12:00:00Z", "2015-02-29T12:00:00Z", "2016-13-05T21:29:29Z", "2016-12-05T25:29:29Z",
        "2016-12-05T21:60:29Z", "2016-12-05T21:29:60Z", "2016-12-05T21:29:29", "2016-12-05 21:29:29Z",
        "2016-03-14T01:59:00.000000", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59+18:00", "2016-03-14T01:59:00+19:00",
        "2016-03-14T01:59:00.Z", "2016-03-14T01:59:00.1234567890Z", "2016-03-14T01:59:00+0100",
        "2016-03-14t01:59:00z", "2016-03-14T01:59Z", "+12016-03-14T01:59:00Z", "2016-04-31T00:00:00Z",
        "2016-03-14T01:59:00+01:00:30"
    })
    void agreesWithIsoOffsetDateTime(String text) {
        Timestamps.Timestamp expected = javaTime(text);

        assertEquals(expected, Timestamps.parse(text));
        Timestamps.Timestamp fast = Timestamps.parseCommon(text);
        if (fast != null) {
            assertEquals(expected, fast);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2016", "HelloWorld", "2023-02-24", "2023-02-24 12:15:56.832957", "05-12-2016T21:29:29Z"})
    void rejectsWhatIsNotAnOffsetDateTime(String text) {
        assertNull(Timestamps.parse(text));
    }

    private static Timestamps.Timestamp javaTime(String text) {
        try {
            var instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return new Timestamps.Timestamp(instant.getEpochSecond(), instant.getNano());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
