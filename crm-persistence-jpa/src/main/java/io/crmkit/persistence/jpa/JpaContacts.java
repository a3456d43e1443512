package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.port.Contacts;
import io.crmkit.core.shared.EmailAddress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Contacts} in {@code crm_contact} and {@code crm_contact_account}. */
final class JpaContacts implements Contacts {

    private final AggregateStore<ContactId, Contact, ContactRow> store;

    JpaContacts(Session session) {
        this.store = new AggregateStore<>(session, "contact", ContactRow.class, ContactRow::new, ContactId::value,
                (row, key) -> row.id = key, ContactMapper::write, ContactMapper::read, Contact::withVersion);
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return store.find(id);
    }

    @Override
    public Contact save(Contact contact) {
        return store.save(contact);
    }

    @Override
    public List<Contact> findByAccount(AccountId account) {
        Objects.requireNonNull(account, "account");
        return store.list("select c from CrmContact c where :account member of c.accounts order by c.createdAt, c.id",
                "account", account.value());
    }

    @Override
    public List<Contact> findByEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return store.list("select c from CrmContact c where c.email = :email order by c.createdAt, c.id", "email", email.value());
    }
}
