package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.Tags;

import java.util.Optional;

/**
 * What a rep learned about a lead after capture: each present field replaces the lead's value, absent ones are
 * kept. Build with {@link #none()} and the {@code with} methods:
 * <pre>{@code
 * LeadChanges changes = LeadChanges.none().title("Head of Sales").bant(lead.bant().withNeed("Forecasting"));
 * }</pre>
 */
public record LeadChanges(Optional<PersonName> person, Optional<EmailAddress> email, Optional<PhoneNumber> phone,
                          Optional<String> title, Optional<String> company, Optional<CompanyProfile> companyProfile,
                          Optional<Bant> bant, Optional<Tags> tags) {

    private static final LeadChanges NONE = new LeadChanges(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Rejects null components; text is validated when applied to the lead. */
    public LeadChanges {
        Require.nonNull(person, "person");
        Require.nonNull(email, "email");
        Require.nonNull(phone, "phone");
        Require.nonNull(title, "title");
        Require.nonNull(company, "company");
        Require.nonNull(companyProfile, "companyProfile");
        Require.nonNull(bant, "bant");
        Require.nonNull(tags, "tags");
    }

    /** No changes. */
    public static LeadChanges none() {
        return NONE;
    }

    /** A new name. */
    public LeadChanges person(String first, String last) {
        return new LeadChanges(Optional.of(PersonName.of(first, last)), email, phone, title, company, companyProfile, bant, tags);
    }

    /** A new email address, validated and normalised. */
    public LeadChanges email(String value) {
        return new LeadChanges(person, Optional.of(EmailAddress.of(value)), phone, title, company, companyProfile, bant, tags);
    }

    /** A new phone, normalised to E.164 with {@code defaultRegion}. */
    public LeadChanges phone(String value, CountryCode defaultRegion) {
        return new LeadChanges(person, email, Optional.of(PhoneNumber.parse(value, defaultRegion)), title, company,
                companyProfile, bant, tags);
    }

    /** A new job title. */
    public LeadChanges title(String value) {
        return new LeadChanges(person, email, phone, Optional.of(Require.text(value, "title", 200)), company,
                companyProfile, bant, tags);
    }

    /** A new company name. */
    public LeadChanges company(String value) {
        return new LeadChanges(person, email, phone, title, Optional.of(Require.text(value, "company", 200)),
                companyProfile, bant, tags);
    }

    /** New firmographics. */
    public LeadChanges companyProfile(CompanyProfile value) {
        return new LeadChanges(person, email, phone, title, company, Optional.of(Require.nonNull(value, "companyProfile")),
                bant, tags);
    }

    /** What is now known of budget, authority, need and timeline. */
    public LeadChanges bant(Bant value) {
        return new LeadChanges(person, email, phone, title, company, companyProfile, Optional.of(Require.nonNull(value, "bant")), tags);
    }

    /** New tags. */
    public LeadChanges tags(Tags value) {
        return new LeadChanges(person, email, phone, title, company, companyProfile, bant, Optional.of(Require.nonNull(value, "tags")));
    }
}
