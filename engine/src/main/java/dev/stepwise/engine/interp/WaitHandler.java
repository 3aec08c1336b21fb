package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.interp.error.StatesException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Wait: for a number of seconds or until a timestamp, written out or read by a path. On the virtual clock the wait
 * costs nothing, but time moves on.
 */
record WaitHandler(Long seconds, Instant timestamp, PathExpression secondsPath, PathExpression timestampPath,
                   JsonataTemplate secondsExpression, JsonataTemplate timestampExpression) implements StateHandler {

    /** The longest wait AWS accepts: an execution lasts a year at most. */
    static final Duration LONGEST_WAIT = Duration.ofDays(365);

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        Instant now = step.run().clock().now();
        Instant until;
        if (seconds != null) {
            until = now.plusSeconds(seconds);
        } else if (timestamp != null) {
            until = timestamp;
        } else if (secondsPath != null) {
            until = now.plusSeconds(secondsFrom(DataProcessing.read(secondsPath, effectiveInput, step)));
        } else if (secondsExpression != null) {
            until = now.plusSeconds(jsonataSeconds(secondsExpression.evaluate(step.bindings().build(), "Seconds")));
        } else if (timestampExpression != null) {
            until = jsonataTimestamp(timestampExpression.evaluate(step.bindings().build(), "Timestamp"));
        } else {
            until = timestampFrom(DataProcessing.read(timestampPath, effectiveInput, step));
        }
        waitUntil(step, now, until);
        return HandlerResult.of(effectiveInput);
    }

    static void waitUntil(StepContext step, Instant now, Instant until) throws InterruptedException {
        Duration delay = Duration.between(now, until);
        if (delay.compareTo(LONGEST_WAIT) > 0) {
            throw StatesException.runtime("Wait state delay is too long.");
        }
        step.run().clock().sleep(delay);
    }

    private static long jsonataSeconds(JsonNode value) {
        if (!value.isIntegralNumber() || value.longValue() < 0) {
            throw new StatesException(StatesErrorNames.QUERY_EVALUATION_ERROR, "The Seconds field must be a"
                    + " non-negative integer, but was: " + JsonPrinter.compact(value));
        }
        return value.longValue();
    }

    private static Instant jsonataTimestamp(JsonNode value) {
        String text = value.isTextual() ? value.textValue() : JsonPrinter.compact(value);
        Instant parsed = value.isTextual() ? parseTimestamp(text) : null;
        if (parsed == null) {
            throw new StatesException(StatesErrorNames.QUERY_EVALUATION_ERROR, "The Timestamp field cannot be parsed"
                    + " as an ISO-8601 extended offset date-time format string: " + text);
        }
        return parsed;
    }

    private long secondsFrom(JsonNode value) {
        String described = secondsPath.text() + " == " + (value.isTextual() ? value.textValue() : value.toString());
        if (!value.isNumber()) {
            throw StatesException.runtime("The SecondsPath parameter cannot be parsed as a long value: " + described);
        }
        BigDecimal number = value.decimalValue();
        if (number.stripTrailingZeros().scale() > 0) {
            throw StatesException.runtime("The SecondsPath parameter cannot be parsed as a long value: " + described);
        }
        if (number.signum() < 0) {
            throw StatesException.runtime("The SecondsPath parameter references a negative value: " + described);
        }
        return number.longValue();
    }

    private Instant timestampFrom(JsonNode value) {
        String text = value.isTextual() ? value.textValue() : value.toString();
        Instant parsed = value.isTextual() ? parseTimestamp(text) : null;
        if (parsed == null) {
            throw StatesException.runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended"
                    + " offset date-time format string: " + timestampPath.text() + " == " + text);
        }
        return parsed;
    }

    /** An ISO-8601 extended offset date-time ({@code 2016-03-14T01:59:00Z}, fractions allowed), else null. */
    static Instant parseTimestamp(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
