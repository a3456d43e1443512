package io.crmkit.core.port;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.EmailAddress;
import java.util.List;
import java.util.Optional;

/** Where contacts are stored. */
public interface Contacts {
    /** The contact with {@code id}, if stored. */
    Optional<Contact> find(ContactId id);

    /** Stores {@code contact} with optimistic locking (see {@link Leads#save}). */
    Contact save(Contact contact);

    /** The contacts who work for {@code account}, oldest first. */
    List<Contact> findByAccount(AccountId account);

    /** The contacts with {@code email}, oldest first. */
    List<Contact> findByEmail(EmailAddress email);
}
