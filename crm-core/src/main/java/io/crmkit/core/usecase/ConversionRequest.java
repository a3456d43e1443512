package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to convert a lead: into a new account or an existing one, a new contact or an existing one (of that account),
 * with or without an opportunity. {@code owner} owns new records if the lead has no owner.
 */
public record ConversionRequest(Optional<AccountId> existingAccount, Optional<ContactId> existingContact,
                                Optional<OpportunityRequest> opportunity, UserId owner) {

    /** Validates: an existing contact needs its existing account. */
    public ConversionRequest {
        Require.nonNull(existingAccount, "existingAccount");
        Require.nonNull(existingContact, "existingContact");
        Require.nonNull(opportunity, "opportunity");
        Require.nonNull(owner, "owner");
        Require.argument(existingContact.isEmpty() || existingAccount.isPresent(),
                "existingContact " + existingContact.orElse(null) + " needs existingAccount too");
    }

    /** Into a new account and contact, no opportunity. */
    public static ConversionRequest newAccount(UserId owner) {
        return new ConversionRequest(Optional.empty(), Optional.empty(), Optional.empty(), owner);
    }

    /** Into {@code account}, with a new contact. */
    public static ConversionRequest intoAccount(AccountId account, UserId owner) {
        return new ConversionRequest(Optional.of(account), Optional.empty(), Optional.empty(), owner);
    }

    /** Into {@code account} and its {@code contact}. */
    public static ConversionRequest intoContact(AccountId account, ContactId contact, UserId owner) {
        return new ConversionRequest(Optional.of(account), Optional.of(contact), Optional.empty(), owner);
    }

    /** This request, also opening an opportunity. */
    public ConversionRequest withOpportunity(OpportunityRequest request) {
        return new ConversionRequest(existingAccount, existingContact, Optional.of(Require.nonNull(request, "opportunity")), owner);
    }

    /** An opportunity to open on conversion. */
    public record OpportunityRequest(PipelineId pipeline, String name, Optional<Money> amount, Optional<LocalDate> expectedClose) {
        /** Validates. */
        public OpportunityRequest {
            Require.nonNull(pipeline, "pipeline");
            name = Require.text(name, "opportunity name", 200);
            Require.nonNull(amount, "amount");
            Require.nonNull(expectedClose, "expectedClose");
        }

        /** An opportunity in {@code pipeline} named {@code name}, amount and date to follow. */
        public static OpportunityRequest of(PipelineId pipeline, String name) {
            return new OpportunityRequest(pipeline, name, Optional.empty(), Optional.empty());
        }

        /** With an amount. */
        public OpportunityRequest withAmount(Money value) {
            return new OpportunityRequest(pipeline, name, Optional.of(value), expectedClose);
        }

        /** With an expected close date. */
        public OpportunityRequest withExpectedClose(LocalDate value) {
            return new OpportunityRequest(pipeline, name, amount, Optional.of(value));
        }
    }
}
