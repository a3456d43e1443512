package io.crmkit.pricing;

import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on error messages. */
public final class Expect {

    private Expect() {
    }

    /** Asserts that {@code action} throws {@code type} with a message containing every one of {@code parts}. */
    public static <T extends Throwable> T fails(Class<T> type, Executable action, String... parts) {
        T error = assertThrows(type, action);
        for (String part : parts) {
            assertTrue(String.valueOf(error.getMessage()).contains(part),
                    () -> "message should contain '" + part + "' but was: " + error.getMessage());
        }
        return error;
    }

    /** {@link #fails} for {@link IllegalArgumentException}. */
    public static IllegalArgumentException rejects(Executable action, String... parts) {
        return fails(IllegalArgumentException.class, action, parts);
    }
}
