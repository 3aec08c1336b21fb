package dev.stepwise.engine.userpool.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompromisedPasswordsTest {

    @Test
    void holdsTheHundredThousandMostCommonPasswords() {
        assertEquals(100_000, CompromisedPasswords.size());
        assertTrue(CompromisedPasswords.contains("123456"));
        assertTrue(CompromisedPasswords.contains("P@ssw0rd"));
        assertTrue(CompromisedPasswords.contains("1qaz@WSX"));
    }

    @Test
    void comparesExactly() {
        assertTrue(CompromisedPasswords.contains("Password"));
        assertFalse(CompromisedPasswords.contains("pAssword"));
        assertFalse(CompromisedPasswords.contains("P@ssw0rd "));
        assertFalse(CompromisedPasswords.contains("Tr0ub4dor&3-horse-staple"));
    }
}
