package io.crmkit.testkit.arbitrary;

import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.Probability;
import io.crmkit.core.shared.Tags;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * jqwik arbitraries for crmkit's value objects and new leads. Requires jqwik on the test class path.
 * <pre>{@code
 * @Property
 * void allocationKeepsEveryCent(@ForAll("money") Money total) { ... }
 *
 * @Provide
 * Arbitrary<Money> money() { return CrmArbitraries.money(); }
 * }</pre>
 */
public final class CrmArbitraries {

    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY", "CHF", "CNY", "BHD", "KWD", "SEK", "INR"};

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final UserId OWNER = new UserId(java.util.UUID.fromString("01900000-0000-7000-8000-0000000000aa"));

    private CrmArbitraries() {
    }

    /** Currencies with 0, 2 and 3 decimals. */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(CURRENCIES).map(Currency::getInstance);
    }

    /** Amounts in any of {@link #currencies()}, skewed to small ones, up to a billion in magnitude, negative too. */
    public static Arbitrary<Money> money() {
        return currencies().flatMap(CrmArbitraries::money);
    }

    /** Amounts in {@code currency} between -1e9 and 1e9 minor units (edge cases included). */
    public static Arbitrary<Money> money(Currency currency) {
        return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).withDistribution(
                net.jqwik.api.RandomDistribution.biased()).map(minor -> Money.ofMinor(minor, currency));
    }

    /** Non-negative amounts in {@code currency}. */
    public static Arbitrary<Money> nonNegativeMoney(Currency currency) {
        return money(currency).map(Money::abs);
    }

    /** Probabilities in [0, 1], edges included. */
    public static Arbitrary<Probability> probabilities() {
        return Arbitraries.doubles().between(0, 1).map(Probability::of);
    }

    /** Percentages from -100 to 1000 with up to 4 decimals. */
    public static Arbitrary<Percentage> percentages() {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100), BigDecimal.valueOf(1000)).ofScale(4)
                .map(Percentage::new);
    }

    /** Valid email addresses of realistic shape. */
    public static Arbitrary<EmailAddress> emails() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '+')
                .ofMinLength(1).ofMaxLength(20).filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."));
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tld = Arbitraries.of("com", "org", "de", "fr", "cn", "example", "co.uk");
        return Combinators.combine(local, label, tld).as((l, d, t) -> EmailAddress.of(l + "@" + d + "." + t));
    }

    /** Names, Latin and CJK. */
    public static Arbitrary<PersonName> personNames() {
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(Combinators.combine(latin, latin).as(PersonName::of),
                Combinators.combine(cjk, cjk).as(PersonName::of));
    }

    /** Tags of 0 to 5 lower-case words. */
    public static Arbitrary<Tags> tags() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).set().ofMaxSize(5)
                .map(set -> Tags.of(set.toArray(String[]::new)));
    }

    /** New leads from any channel, with a name, an email and sometimes a company. */
    public static Arbitrary<NewLead> newLeads() {
        return Combinators.combine(Arbitraries.of(SourceChannel.class), personNames(), emails(),
                        Arbitraries.of("Acme Corp", "Globex GmbH", "Initech Ltd", "华为技术有限公司").injectNull(0.3))
                .as((source, name, email, company) -> {
                    NewLead.Builder b = NewLead.from(source).person(name.first(), name.last()).email(email.value());
                    return (company == null ? b : b.company(company)).build();
                });
    }

    /** Instants in 2026, to the second. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 365L * 24 * 3600).map(EPOCH::plusSeconds);
    }

    /** Prospect accounts with a random name, partial profile and tier, version 0. */
    public static Arbitrary<Account> accounts() {
        Arbitrary<String> names = Arbitraries.of("Acme Corp", "Globex GmbH", "Initech Ltd", "Umbrella SA",
                "华为技术有限公司", "Soylent Oy", "Hooli Inc");
        Arbitrary<CompanyProfile> profiles = Combinators.combine(
                        Arbitraries.of("Software", "Manufacturing", "Retail", "Healthcare").optional(),
                        Arbitraries.of(SizeBand.class).optional())
                .as((industry, size) -> new CompanyProfile(industry, size, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        return Combinators.combine(names, profiles, Arbitraries.of(Tier.class), instants())
                .as((name, profile, tier, at) -> {
                    Account a = Account.open(AccountId.newId(), name, profile, OWNER, at).aggregate();
                    return a.withTier(tier, at).aggregate();
                });
    }

    /**
     * Leads in every status of {@link LeadStatus}, each reached through the lead's own commands from capture
     * (so every generated lead is one the domain could produce), version 0.
     */
    public static Arbitrary<Lead> leads() {
        return Combinators.combine(newLeads(), Arbitraries.of(LeadStatus.class), instants())
                .as((details, status, at) -> leadIn(status, Lead.capture(LeadId.newId(), details, at).aggregate(), at));
    }

    private static Lead leadIn(LeadStatus status, Lead lead, Instant at) {
        Instant later = at.plus(Duration.ofHours(1));
        return switch (status) {
            case NEW -> lead;
            case WORKING -> lead.startWorking(later).aggregate();
            case NURTURING -> lead.nurture(later).aggregate();
            case QUALIFIED -> lead.qualify(QualificationPolicies.none(), LocalDate.ofInstant(later, java.time.ZoneOffset.UTC), later).lead();
            case DISQUALIFIED -> lead.disqualify(List.of(Disqualification.of(DisqualificationReason.UNREACHABLE,
                    "no answer to five calls")), later).aggregate();
            case CONVERTED -> LeadConversion.convert(leadIn(LeadStatus.QUALIFIED, lead, at),
                    new LeadConversion.Target(Optional.empty(), Optional.empty(), Optional.empty(), OWNER),
                    LeadConversion.NewIds.generate(), later.plus(Duration.ofHours(1))).lead();
        };
    }

    /**
     * Opportunities in {@code pipeline} after a random walk of 0 to 10 attempted stage moves (refused moves are
     * skipped), each an hour apart, with an amount so that amount criteria pass; version 0.
     */
    public static Arbitrary<Opportunity> opportunities(Pipeline pipeline) {
        List<String> open = pipeline.openStages().stream().map(Stage::key).toList();
        return Combinators.combine(instants(), Arbitraries.of(open).list().ofMaxSize(10), money(Currency.getInstance("EUR"))
                        .map(Money::abs).filter(Money::isPositive))
                .as((at, walk, amount) -> {
                    Opportunity o = Opportunity.open(OpportunityId.newId(), pipeline, "Deal", AccountId.newId(), OWNER, at)
                            .aggregate().withAmount(amount, at).aggregate();
                    Instant t = at;
                    for (String stage : walk) {
                        t = t.plus(Duration.ofHours(1));
                        if (o.moveTo(pipeline, stage, t) instanceof StageMove.Moved moved) {
                            o = moved.opportunity();
                        }
                    }
                    return o;
                });
    }
}
