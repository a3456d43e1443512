package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;

import java.util.Optional;

/**
 * What is known about a lead when it is captured. Build with {@link #from(SourceChannel)}:
 * <pre>{@code
 * NewLead details = NewLead.from(SourceChannel.WEB_FORM)
 *     .person("Ada", "Lovelace").email("ada@analytical.example").company("Analytical Engines Ltd")
 *     .build();
 * }</pre>
 */
public record NewLead(SourceChannel source, PersonName person, Optional<EmailAddress> email,
                      Optional<PhoneNumber> phone, Optional<String> title, Optional<String> company,
                      CompanyProfile companyProfile, Bant bant, Optional<UserId> owner, Tags tags) {

    /** Rejects nulls; the rest is validated when the lead is captured. */
    public NewLead {
        Require.nonNull(source, "source");
        Require.nonNull(person, "person");
        Require.nonNull(email, "email");
        Require.nonNull(phone, "phone");
        Require.nonNull(title, "title");
        Require.nonNull(company, "company");
        Require.nonNull(companyProfile, "companyProfile");
        Require.nonNull(bant, "bant");
        Require.nonNull(owner, "owner");
        Require.nonNull(tags, "tags");
    }

    /** Starts describing a lead from {@code source}. */
    public static Builder from(SourceChannel source) {
        return new Builder(Require.nonNull(source, "source"));
    }

    /** Builds a {@link NewLead}; each setter validates its value at once. */
    public static final class Builder {
        private final SourceChannel source;
        private PersonName person;
        private Optional<EmailAddress> email = Optional.empty();
        private Optional<PhoneNumber> phone = Optional.empty();
        private Optional<String> title = Optional.empty();
        private Optional<String> company = Optional.empty();
        private CompanyProfile profile = CompanyProfile.empty();
        private Bant bant = Bant.unknown();
        private Optional<UserId> owner = Optional.empty();
        private Tags tags = Tags.empty();

        private Builder(SourceChannel source) {
            this.source = source;
        }

        /** The person's name. */
        public Builder person(String first, String last) {
            this.person = PersonName.of(first, last);
            return this;
        }

        /** The person's email address, validated and normalised. */
        public Builder email(String value) {
            this.email = Optional.of(EmailAddress.of(value));
            return this;
        }

        /** The person's phone, normalised to E.164 with {@code defaultRegion} for national numbers. */
        public Builder phone(String value, CountryCode defaultRegion) {
            this.phone = Optional.of(PhoneNumber.parse(value, defaultRegion));
            return this;
        }

        /** The person's job title. */
        public Builder title(String value) {
            this.title = Optional.of(Require.text(value, "title", 200));
            return this;
        }

        /** The company's name. */
        public Builder company(String value) {
            this.company = Optional.of(Require.text(value, "company", 200));
            return this;
        }

        /** The company's firmographics. */
        public Builder companyProfile(CompanyProfile value) {
            this.profile = Require.nonNull(value, "companyProfile");
            return this;
        }

        /** What is known of budget, authority, need and timeline. */
        public Builder bant(Bant value) {
            this.bant = Require.nonNull(value, "bant");
            return this;
        }

        /** The rep who owns the lead from the start. */
        public Builder owner(UserId value) {
            this.owner = Optional.of(Require.nonNull(value, "owner"));
            return this;
        }

        /** Tags such as the campaign name. */
        public Builder tags(Tags value) {
            this.tags = Require.nonNull(value, "tags");
            return this;
        }

        /** The details; a person's name is required. */
        public NewLead build() {
            if (person == null) {
                throw new IllegalStateException("a new lead needs a person: call person(first, last)");
            }
            return new NewLead(source, person, email, phone, title, company, profile, bant, owner, tags);
        }
    }
}
