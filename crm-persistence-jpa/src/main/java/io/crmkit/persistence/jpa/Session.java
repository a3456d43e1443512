package io.crmkit.persistence.jpa;

import io.crmkit.core.port.Transactions;
import jakarta.persistence.EntityManager;

import java.util.function.Function;

/** Where the adapters get their entity manager: the running transaction's, opening one if none runs. */
interface Session extends Transactions {

    /** Runs {@code work} with the current transaction's entity manager, in a new transaction if none runs. */
    <T> T call(Function<EntityManager, T> work);

    /** Remembers a new aggregate persisted in the running transaction, so a taken id can be named if the commit fails. */
    void persisted(PendingInsert insert);

    /** The factory the entity managers come from (conflicts read the stored version through a fresh one). */
    jakarta.persistence.EntityManagerFactory factory();
}
