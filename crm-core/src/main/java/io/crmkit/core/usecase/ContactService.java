package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Contact use cases: add a contact to an account, record that they also work for another account, set their role in
 * the decision chain, fill in missing details. Each call is one transaction; unknown ids throw
 * {@link java.util.NoSuchElementException}.
 */
public final class ContactService {

    private final CrmPorts ports;
    private final UnitOfWork work;

    ContactService(CrmPorts ports, UnitOfWork work) {
        this.ports = ports;
        this.work = work;
    }

    /** Adds a contact working for {@code account}, which must exist. */
    public Contact create(AccountId account, PersonName name, Optional<EmailAddress> email, Optional<PhoneNumber> phone,
                          Optional<String> title, UserId owner) {
        Require.nonNull(account, "account");
        return ports.transactions().inTransaction(() -> {
            UnitOfWork.found(ports.accounts().find(account), "account", account);
            return work.apply(Contact.create(ContactId.newId(), name, email, phone, title, account, owner, work.now()),
                    ports.contacts()::save);
        });
    }

    /** The contact with {@code id}, if stored. */
    public Optional<Contact> find(ContactId id) {
        return ports.contacts().find(Require.nonNull(id, "id"));
    }

    /** Records that the contact also works for {@code account}, which must exist. */
    public Contact joinAccount(ContactId id, AccountId account) {
        Require.nonNull(account, "account");
        return change(id, (c, at) -> {
            UnitOfWork.found(ports.accounts().find(account), "account", account);
            return c.joinAccount(account, at);
        });
    }

    /** Sets the contact's role in the decision chain. */
    public Contact setDecisionRole(ContactId id, DecisionRole role) {
        return change(id, (c, at) -> c.withDecisionRole(role, at));
    }

    /** Fills the contact's empty email, phone and title; known values are kept. */
    public Contact fillEmpty(ContactId id, Optional<EmailAddress> email, Optional<PhoneNumber> phone, Optional<String> title) {
        return change(id, (c, at) -> c.fillEmpty(email, phone, title, Optional.empty(), at));
    }

    private Contact change(ContactId id, BiFunction<Contact, Instant, Changed<Contact>> command) {
        return ports.transactions().inTransaction(() -> {
            Contact c = UnitOfWork.found(ports.contacts().find(Require.nonNull(id, "id")), "contact", id);
            return work.apply(command.apply(c, work.now()), ports.contacts()::save);
        });
    }
}
