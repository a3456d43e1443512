package io.crmkit.core.shared;

/**
 * An aggregate root: identified by {@code id}, stored with optimistic locking. A new aggregate has version 0;
 * every successful save returns it at the next version.
 *
 * @param <I> the typed id
 */
public interface Aggregate<I> {

    /** The aggregate's identity. */
    I id();

    /** The version it was loaded at (0 if never stored). */
    long version();
}
