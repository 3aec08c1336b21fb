package dev.stepwise.engine.interp.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceValuesTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(textBlock = """
            '',              '',              0
            A,               B,               -1
            B,               a,               -1
            AB,              A,               1
            \uFFFF,          \uD83D\uDE00,    -1
            \uD83D\uDE00,    \uFFFF,          1
            \uD83D\uDE00,    \uD83D\uDE01,    -1
            x\uE000,         x\uD800\uDC00,   -1
            """)
    void stringsOrderByCodePoint(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(ChoiceValues.compareStrings(a, b)));
        assertEquals(Integer.signum(a.codePoints().toArray().length == 0 && b.isEmpty() ? 0 : sign),
                Integer.signum(compareByCodePointArrays(a, b)));
    }

    private static int compareByCodePointArrays(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
