package io.crmkit.core.shared;

import java.util.Currency;

/** Thrown when two amounts of different currencies are combined; convert one first. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private final transient Currency expected;
    private final transient Currency actual;

    /** Creates the exception for an operation on {@code expected} that was given {@code actual}. */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + expected.getCurrencyCode() + " but was " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /** The currency of the amount the operation was called on. */
    public Currency expected() {
        return expected;
    }

    /** The currency of the other amount. */
    public Currency actual() {
        return actual;
    }
}
