package dev.stepwise.engine.interp.choice;

import static dev.stepwise.engine.interp.choice.ChoiceFixtures.matches;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each operator family against values of every JSON type. Rows marked AWS come from the recordings behind the
 * conformance cases (localstack tests/aws/services/stepfunctions/v2/choice_operators/*.snapshot.json); the others
 * follow from the documented rules.
 */
class ChoiceOperatorsTest {

    private static void check(String operator, String operand, String variable, boolean expected) {
        String rule = "{\"Variable\": \"$.v\", \"" + operator + "\": " + operand + "}";
        assertEquals(expected, matches(rule, "{\"v\": " + variable + "}"), rule + " with " + variable);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            StringEquals             | "HelloWorld" | null           | false
            StringEquals             | "HelloWorld" | 0              | false
            StringEquals             | "HelloWorld" | []             | false
            StringEquals             | "HelloWorld" | {"A": 0}       | false
            StringEquals             | "HelloWorld" | true           | false
            StringEquals             | "HelloWorld" | "HelloWorld"   | true
            StringEquals             | "     "      | " "            | false
            StringEquals             | "\\t\\r\\n"  | "\\t\\n"       | false
            StringEquals             | "Hello"      | "Hello"        | true
            StringEquals             | "1"          | 1              | false
            StringLessThan           | ""           | ""             | false
            StringLessThan           | "AB"         | "A"            | true
            StringLessThan           | "A"          | "AB"           | false
            StringLessThan           | "b"          | "B"            | true
            StringLessThan           | "B"          | "a"            | false
            StringLessThanEquals     | ""           | ""             | true
            StringLessThanEquals     | "AB"         | "A"            | true
            StringLessThanEquals     | "A"          | "AB"           | false
            StringGreaterThan        | ""           | ""             | false
            StringGreaterThan        | "ABC"        | "AB"           | false
            StringGreaterThan        | "A "         | "A"            | false
            StringGreaterThan        | "A"          | "A "           | true
            StringGreaterThanEquals  | ""           | ""             | true
            StringGreaterThanEquals  | "AB"         | "A"            | false
            StringGreaterThanEquals  | "A"          | "AB"           | true
            StringGreaterThanEquals  | "A"          | 1              | false
            """)
    void stringComparisons(String operator, String operand, String variable, boolean expected) {
        check(operator, operand, variable, expected);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            StringMatches  | "log-*.txt"     | "log-2024.txt"     | true
            StringMatches  | "log-*.txt"     | "log-.txt"         | true
            StringMatches  | "log-*.txt"     | "log-2024.txt.gz"  | false
            StringMatches  | "*.log"         | "zebra.log"        | true
            StringMatches  | "foo*.*"        | "foobar.zebra"     | true
            StringMatches  | "foo*.*"        | "foobar"           | false
            StringMatches  | "*"             | ""                 | true
            StringMatches  | "a*b*c"         | "abc"              | true
            StringMatches  | "a*b*c"         | "acb"              | false
            StringMatches  | "a*ab"          | "aab"              | true
            StringMatches  | "a*ab"          | "ab"               | false
            StringMatches  | "x\\\\*y"       | "x*y"              | true
            StringMatches  | "x\\\\*y"       | "xzy"              | false
            StringMatches  | "x\\\\\\\\y"    | "x\\\\y"           | true
            StringMatches  | "Hello"         | "hello"            | false
            StringMatches  | "*"             | 1                  | false
            StringMatches  | "*"             | null               | false
            """)
    void stringMatches(String operator, String operand, String variable, boolean expected) {
        check(operator, operand, variable, expected);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NumericEquals              | 0     | null     | false
            NumericEquals              | 0     | 0        | true
            NumericEquals              | 0.0   | 0        | true
            NumericEquals              | 1.0   | 1        | true
            NumericEquals              | 1     | 1.0      | true
            NumericEquals              | 1     | 1e0      | true
            NumericEquals              | 0     | -0.0     | true
            NumericEquals              | 1.0   | true     | false
            NumericEquals              | 0     | false    | false
            NumericEquals              | 0     | ""       | false
            NumericEquals              | 1     | "1"      | false
            NumericEquals              | 0     | []       | false
            NumericEquals              | 0     | {}       | false
            NumericEquals              | 2.22  | 2.22     | true
            NumericEquals              | 1.1   | 1.10     | true
            NumericEquals              | 9007199254740993 | 9007199254740993 | true
            NumericEquals              | 9007199254740993 | 9007199254740992 | false
            NumericLessThan            | 0     | 0        | false
            NumericLessThan            | 1     | 0        | true
            NumericLessThan            | 0     | 1        | false
            NumericLessThan            | 1     | 0.5      | true
            NumericLessThan            | 0.1   | -1e100   | true
            NumericLessThanEquals      | 0     | 0        | true
            NumericLessThanEquals      | 0     | 1        | false
            NumericLessThanEquals      | 1     | 0        | true
            NumericGreaterThan         | 0     | 0        | false
            NumericGreaterThan         | 0     | 1        | true
            NumericGreaterThan         | 1     | 0        | false
            NumericGreaterThan         | 1     | 1.0000000001 | true
            NumericGreaterThanEquals   | 0     | 0        | true
            NumericGreaterThanEquals   | 1     | 0        | false
            NumericGreaterThanEquals   | 0     | 1        | true
            NumericGreaterThanEquals   | 0     | "5"      | false
            """)
    void numericComparisons(String operator, String operand, String variable, boolean expected) {
        check(operator, operand, variable, expected);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BooleanEquals  | true   | null      | false
            BooleanEquals  | true   | true      | true
            BooleanEquals  | true   | false     | false
            BooleanEquals  | false  | false     | true
            BooleanEquals  | false  | 0         | false
            BooleanEquals  | true   | "true"    | false
            BooleanEquals  | false  | null      | false
            """)
    void booleanEquals(String operator, String operand, String variable, boolean expected) {
        check(operator, operand, variable, expected);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            TimestampEquals             | "2012-10-09T19:00:55Z" | null                            | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | 0                               | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | ""                              | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | "2023-02-24 12:15:56.832957"    | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | []                              | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | true                            | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z"          | true
            TimestampEquals             | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"          | false
            TimestampEquals             | "2012-10-09T19:00:55Z" | "2012-10-09T20:00:55+01:00"     | true
            TimestampEquals             | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55.000Z"      | true
            TimestampEquals             | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55"           | false
            TimestampLessThan           | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z"          | false
            TimestampLessThan           | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z"          | true
            TimestampLessThan           | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"          | false
            TimestampLessThan           | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:54.999999999Z" | true
            TimestampLessThanEquals     | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z"          | true
            TimestampLessThanEquals     | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z"          | true
            TimestampLessThanEquals     | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"          | false
            TimestampGreaterThan        | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z"          | false
            TimestampGreaterThan        | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z"          | false
            TimestampGreaterThan        | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"          | true
            TimestampGreaterThan        | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55-00:01"     | true
            TimestampGreaterThanEquals  | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z"          | true
            TimestampGreaterThanEquals  | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z"          | false
            TimestampGreaterThanEquals  | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"          | true
            """)
    void timestampComparisons(String operator, String operand, String variable, boolean expected) {
        check(operator, operand, variable, expected);
    }

    /** The AWS recordings' type table (utils.py TYPE_COMPARISONS) for IsNull, IsString, IsNumeric and IsBoolean. */
    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            null                        | true  | false | false | false
            0                           | false | false | true  | false
            0.0                         | false | false | true  | false
            1.1                         | false | false | true  | false
            ""                          | false | true  | false | false
            " "                         | false | true  | false | false
            "HelloWorld"                | false | true  | false | false
            "2012-10-09T19:00:55Z"      | false | true  | false | false
            "1"                         | false | true  | false | false
            []                          | false | false | false | false
            [""]                        | false | false | false | false
            {}                          | false | false | false | false
            {"A": 0}                    | false | false | false | false
            true                        | false | false | false | true
            false                       | false | false | false | true
            """)
    void typeTests(String variable, boolean isNull, boolean isString, boolean isNumeric, boolean isBoolean) {
        for (boolean operand : new boolean[] {true, false}) {
            check("IsNull", String.valueOf(operand), variable, isNull == operand);
            check("IsString", String.valueOf(operand), variable, isString == operand);
            check("IsNumeric", String.valueOf(operand), variable, isNumeric == operand);
            check("IsBoolean", String.valueOf(operand), variable, isBoolean == operand);
            check("IsPresent", String.valueOf(operand), variable, operand);
        }
    }

    @ParameterizedTest(name = "IsTimestamp {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "2012-10-09T19:00:55Z"           | true
            "2012-10-09T19:00:55+01:00"      | true
            "2016-03-05T21:29:29.243167252Z" | true
            "2016-03-14T01:59:00.00Z"        | true
            "2012-10-09T19:00:55"            | false
            "2023-02-24"                     | false
            "2023-02-24 12:15:56.832957"     | false
            "2016-12-05 21:29:29Z"           | false
            "2016-13-05T21:29:29Z"           | false
            "2016-12-05T25:29:29Z"           | false
            "2015-02-29T00:00:00Z"           | false
            "2016-02-29T00:00:00Z"           | true
            "05-12-2016T21:29:29Z"           | false
            "HelloWorld"                     | false
            1349809255                       | false
            null                             | false
            """)
    void isTimestamp(String variable, boolean expected) {
        check("IsTimestamp", "true", variable, expected);
        check("IsTimestamp", "false", variable, !expected);
    }
}
