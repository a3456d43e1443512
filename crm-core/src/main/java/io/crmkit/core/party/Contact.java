package io.crmkit.core.party;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person who works for one or more accounts, with the part they play in the buying decision.
 * Immutable: commands return the new state with its events.
 */
public record Contact(ContactId id, long version, PersonName name, Optional<EmailAddress> email,
                      Optional<PhoneNumber> phone, Optional<String> title, Set<AccountId> accounts,
                      Optional<DecisionRole> decisionRole, UserId owner, Instant createdAt)
        implements Aggregate<ContactId> {

    /** Validates: title at most 200 characters; the accounts are copied as a set (their order is not kept). */
    public Contact {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        Require.nonNull(name, "name");
        Require.nonNull(email, "email");
        Require.nonNull(phone, "phone");
        title = Require.nonNull(title, "title").map(t -> Require.text(t, "title", 200));
        accounts = Set.copyOf(new LinkedHashSet<>(Require.listOf(accounts, "accounts")));
        Require.nonNull(decisionRole, "decisionRole");
        Require.nonNull(owner, "owner");
        Require.nonNull(createdAt, "createdAt");
    }

    /** A new contact working for {@code account}. */
    public static Changed<Contact> create(ContactId id, PersonName name, Optional<EmailAddress> email,
                                          Optional<PhoneNumber> phone, Optional<String> title, AccountId account,
                                          UserId owner, Instant at) {
        Require.nonNull(account, "account");
        Contact contact = new Contact(id, 0, name, email, phone, title, Set.of(account), Optional.empty(), owner, at);
        return Changed.of(contact, new ContactCreated(id, account, at));
    }

    /** True if the contact works for {@code account}. */
    public boolean worksFor(AccountId account) {
        return accounts.contains(account);
    }

    /** Records that the contact (also) works for {@code account}. */
    public Changed<Contact> joinAccount(AccountId account, Instant at) {
        if (worksFor(Require.nonNull(account, "account"))) {
            return Changed.none(this);
        }
        Set<AccountId> next = new LinkedHashSet<>(accounts);
        next.add(account);
        return Changed.of(new Contact(id, version, name, email, phone, title, next, decisionRole, owner, createdAt),
                new ContactUpdated(id, List.of("accounts"), at));
    }

    /** Sets the contact's role in the decision chain. */
    public Changed<Contact> withDecisionRole(DecisionRole role, Instant at) {
        Optional<DecisionRole> next = Optional.of(Require.nonNull(role, "decisionRole"));
        if (decisionRole.equals(next)) {
            return Changed.none(this);
        }
        return Changed.of(new Contact(id, version, name, email, phone, title, accounts, next, owner, createdAt),
                new ContactUpdated(id, List.of("decisionRole"), at));
    }

    /**
     * Fills the contact's empty email, phone, title and decision role from the given values; known values are kept.
     */
    public Changed<Contact> fillEmpty(Optional<EmailAddress> otherEmail, Optional<PhoneNumber> otherPhone,
                                      Optional<String> otherTitle, Optional<DecisionRole> otherRole, Instant at) {
        Contact next = new Contact(id, version, name, email.or(() -> otherEmail), phone.or(() -> otherPhone),
                title.or(() -> otherTitle), accounts, decisionRole.or(() -> otherRole), owner, createdAt);
        List<String> fields = new ArrayList<>();
        if (!next.email.equals(email)) fields.add("email");
        if (!next.phone.equals(phone)) fields.add("phone");
        if (!next.title.equals(title)) fields.add("title");
        if (!next.decisionRole.equals(decisionRole)) fields.add("decisionRole");
        return fields.isEmpty() ? Changed.none(this) : Changed.of(next, new ContactUpdated(id, fields, at));
    }

    /** The same contact at {@code storedVersion}; for stores. */
    public Contact withVersion(long storedVersion) {
        return new Contact(id, storedVersion, name, email, phone, title, accounts, decisionRole, owner, createdAt);
    }
}
