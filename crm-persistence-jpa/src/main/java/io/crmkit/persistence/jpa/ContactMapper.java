package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.UserId;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Copies a {@link Contact} into a {@link ContactRow} and back. */
final class ContactMapper {

    private ContactMapper() {
    }

    static void write(Contact contact, ContactRow row) {
        row.firstName = contact.name().first();
        row.lastName = contact.name().last();
        row.email = contact.email().map(EmailAddress::value).orElse(null);
        row.phone = contact.phone().map(PhoneNumber::e164).orElse(null);
        row.title = Columns.orNull(contact.title());
        Set<UUID> accounts = contact.accounts().stream().map(AccountId::value).collect(Collectors.toSet());
        if (!row.accounts.equals(accounts)) {
            row.accounts.retainAll(accounts);
            row.accounts.addAll(accounts);
        }
        row.decisionRole = contact.decisionRole().map(Enum::name).orElse(null);
        row.owner = contact.owner().value();
        row.createdAt = contact.createdAt();
    }

    static Contact read(ContactRow row) {
        return new Contact(new ContactId(row.id), row.version, new PersonName(row.firstName, row.lastName),
                Optional.ofNullable(row.email).map(EmailAddress::of), Optional.ofNullable(row.phone).map(PhoneNumber::of),
                Optional.ofNullable(row.title), row.accounts.stream().map(AccountId::new).collect(Collectors.toSet()),
                Optional.ofNullable(row.decisionRole).map(DecisionRole::valueOf), new UserId(row.owner), row.createdAt);
    }
}
