package dev.stepwise.engine.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The functions Step Functions adds to JSONata: {@code $partition}, {@code $range}, {@code $hash}, {@code $random}
 * (which, unlike standard JSONata, takes an optional seed), {@code $uuid} and {@code $parse}. {@code $base64encode} and
 * {@code $base64decode} are standard JSONata and come with the evaluator.
 *
 * <p>Randomness and identifiers come through the seam given to the constructor, so a run can be reproduced:
 * <pre>{@code
 * JsonataFunctions fixed = new JsonataFunctions(new SplittableRandom(42), () -> UUID.fromString("..."));
 * }</pre>
 *
 * <p>Immutable apart from the seam it holds; share one instance per execution.
 */
public final class JsonataFunctions {

    /** The hash algorithms {@code $hash} accepts, by AWS name; the same set as {@code States.Hash}. */
    static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private static final ObjectMapper PARSER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonataFunctions STANDARD = new JsonataFunctions(new Random(), UUID::randomUUID);

    private final RandomGenerator random;
    private final Supplier<UUID> uuids;

    public JsonataFunctions(RandomGenerator random, Supplier<UUID> uuids) {
        this.random = Objects.requireNonNull(random, "random");
        this.uuids = Objects.requireNonNull(uuids, "uuids");
    }

    /** Real randomness and random (version 4) UUIDs. */
    public static JsonataFunctions standard() {
        return STANDARD;
    }

    /** Binds every Step Functions function into an evaluation frame. */
    void bindTo(Jsonata.Frame frame) {
        frame.bind("partition", new JFunction((input, args) -> partition(args), null));
        frame.bind("range", new JFunction((input, args) -> range(args), null));
        frame.bind("hash", new JFunction((input, args) -> hash(args), null));
        frame.bind("random", new JFunction((input, args) -> random(args), null));
        frame.bind("uuid", new JFunction((input, args) -> uuid(args), null));
        frame.bind("parse", new JFunction((input, args) -> parse(args), null));
    }

    // $partition(array, chunkSize): consecutive chunks; the last may be shorter.
    private static Object partition(List<?> args) {
        arity("partition", args, 2, 2);
        List<?> array = array("partition", args.get(0), 1);
        long size = positiveInteger("partition", args.get(1), 2);
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += (int) Math.min(size, Integer.MAX_VALUE)) {
            int to = (int) Math.min(array.size(), from + size);
            chunks.add(new ArrayList<>(array.subList(from, to)));
        }
        return chunks;
    }

    // $range(start, end, step): start, start + step, ... up to end inclusive. The result is a JSONata sequence, as
    // AWS's is: a single value comes out unwrapped (recorded: $range(1, 9, 9) gives 1).
    private static Object range(List<?> args) {
        arity("range", args, 3, 3);
        double start = number("range", args.get(0), 1);
        double end = number("range", args.get(1), 2);
        double step = number("range", args.get(2), 3);
        if (step == 0) {
            throw new JsonataFunctionException("The step argument of $range must not be zero");
        }
        if ((start > end && step > 0) || (start < end && step < 0)) {
            return new ArrayList<>();
        }
        long count = (long) Math.floor((end - start) / step) + 1;
        if (count > 1_000_000) {
            throw new JsonataFunctionException("$range would produce more than 1000000 values");
        }
        List<Object> sequence = Utils.createSequence();
        for (long i = 0; i < count; i++) {
            sequence.add(Utils.convertNumber(start + i * step));
        }
        return sequence;
    }

    // $hash(value, algorithm): lowercase hex digest of the UTF-8 bytes.
    private static Object hash(List<?> args) {
        arity("hash", args, 2, 2);
        String value = string("hash", args.get(0), 1);
        String algorithm = string("hash", args.get(1), 2);
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw new JsonataFunctionException("The hash algorithm '" + algorithm + "' is not supported; use one of "
                    + String.join(", ", HASH_ALGORITHMS));
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no " + algorithm, e);
        }
    }

    // $random([seed]): a number in [0, 1). With a seed the same seed gives the same number.
    private Object random(List<?> args) {
        arity("random", args, 0, 1);
        if (args.isEmpty() || args.get(0) == null) {
            return random.nextDouble();
        }
        long seed = (long) number("random", args.get(0), 1);
        return new Random(seed).nextDouble();
    }

    private Object uuid(List<?> args) {
        arity("uuid", args, 0, 0);
        return uuids.get().toString();
    }

    // $parse(json): the JSON value a string holds.
    private static Object parse(List<?> args) {
        arity("parse", args, 1, 1);
        String text = string("parse", args.get(0), 1);
        try {
            Object value = JsonataValues.toJava(PARSER.readTree(text));
            // a native function's Java null reads as undefined; JSON null must stay null
            return value == null ? Jsonata.NULL_VALUE : value;
        } catch (JsonProcessingException e) {
            throw new JsonataFunctionException("The argument of $parse is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void arity(String name, List<?> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw new JsonataFunctionException("$" + name + " takes " + expected + " argument" + (max == 1 ? "" : "s")
                    + " but was given " + args.size());
        }
    }

    private static List<?> array(String name, Object value, int position) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Map || value == null || value instanceof String || value instanceof Number
                || value instanceof Boolean) {
            // JSONata's signature rules turn a single value into a one-element array
            List<Object> single = new ArrayList<>();
            if (value != null) {
                single.add(value);
            }
            return single;
        }
        throw argumentType(name, position, "an array");
    }

    private static double number(String name, Object value, int position) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw argumentType(name, position, "a number");
    }

    private static long positiveInteger(String name, Object value, int position) {
        double d = number(name, value, position);
        if (d != Math.rint(d) || d < 1) {
            throw argumentType(name, position, "a positive integer");
        }
        return (long) d;
    }

    private static String string(String name, Object value, int position) {
        if (value instanceof String text) {
            return text;
        }
        throw argumentType(name, position, "a string");
    }

    private static JsonataFunctionException argumentType(String name, int position, String expected) {
        return new JsonataFunctionException("Argument " + position + " of function $" + name + " must be " + expected);
    }

    /** An argument a Step Functions function cannot work with; AWS's wording for these is not recorded. */
    static final class JsonataFunctionException extends RuntimeException {
        JsonataFunctionException(String message) {
            super(message, null, false, false);
        }
    }
}
