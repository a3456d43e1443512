package io.crmkit.core.port;

import java.util.function.Supplier;

/**
 * Runs a use case atomically: every save and every published event inside {@code work} is kept together, or, if
 * {@code work} throws, none is. Adapters map this to a JPA or JDBC transaction.
 */
public interface Transactions {

    /** Runs {@code work} in one transaction and returns its result; rethrows what it throws after rolling back. */
    <T> T inTransaction(Supplier<T> work);
}
