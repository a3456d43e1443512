package io.crmkit.testkit.arbitrary;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.opportunity.DecisionChainMember;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.ProductLine;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.Ids;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.Probability;
import io.crmkit.core.shared.ProductId;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * jqwik arbitraries for crmkit's value objects and aggregates. Requires jqwik on the test class path.
 * Every value is made through the domain's own factories and commands (parsing, capture, stage moves, closing,
 * reopening, scheduling, lifecycle moves), so every generated value is one the domain could produce. Aggregates are
 * new (version 0) and owned by one fixed user; ids are drawn from jqwik's random source, so a seed reproduces them.
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
    private static final long YEAR_MILLIS = Duration.ofDays(365).toMillis();
    private static final UserId OWNER = new UserId(UUID.fromString("01900000-0000-7000-8000-0000000000aa"));

    private CrmArbitraries() {
    }

    // ---------------------------------------------------------------------------------------------------- values

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
                RandomDistribution.biased()).map(minor -> Money.ofMinor(minor, currency));
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

    /** Instants in 2026, to the second. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 365L * 24 * 3600).map(EPOCH::plusSeconds);
    }

    /** Every assigned ISO 3166-1 alpha-2 country, made by {@link CountryCode#of}, given in upper or lower case. */
    public static Arbitrary<CountryCode> countryCodes() {
        return Combinators.combine(Arbitraries.of(Locale.getISOCountries()), Arbitraries.of(true, false))
                .as((code, upper) -> CountryCode.of(upper ? code : code.toLowerCase(Locale.ROOT)));
    }

    /**
     * Phone numbers of 17 regions on five continents, written the way people type them (national forms with trunk
     * prefixes, spaces, dashes, dots and parentheses; {@code +} and {@code 00} international forms;
     * {@code +44 (0)161 ...}; the Japanese {@code 010} international prefix) and normalised by
     * {@link PhoneNumber#parse}, so their calling codes cover North America, Europe, Russia, Asia, Australia and Brazil.
     */
    public static Arbitrary<PhoneNumber> phoneNumbers() {
        return Arbitraries.of(PhoneFormat.ALL).flatMap(format -> Arbitraries.integers().between(0, 9)
                .list().ofSize(format.digits()).map(digits -> format.parse(digits)));
    }

    /**
     * Postal addresses in ten countries with their own postal-code formats and scripts (Latin, Japanese, Chinese),
     * made by {@link Address#of}; street, postal code and region are each sometimes unknown, and a street may have
     * two lines.
     */
    public static Arbitrary<Address> addresses() {
        return Arbitraries.of(Place.ALL).flatMap(place -> Combinators.combine(
                        Arbitraries.of(place.streets()).optional(0.85),
                        Arbitraries.integers().between(1, 250),
                        Arbitraries.of("c/o Accounts payable", "Building 2", "3rd floor", "Unit 4").optional(0.15),
                        Arbitraries.integers().between(0, 9).list().ofSize(place.postalDigits()).optional(0.85),
                        Arbitraries.of(true, false))
                .as((street, number, secondLine, postal, withRegion) -> Address.of(
                        street.map(s -> place.streetLine(s, number)).map(s -> secondLine.map(l -> l + "\n" + s).orElse(s))
                                .orElse(null),
                        postal.map(place::postalCode).orElse(""),
                        place.city(),
                        withRegion ? place.region() : " ",
                        CountryCode.of(place.country()))));
    }

    // ---------------------------------------------------------------------------------------------------- parties

    /** Prospect accounts with a random name, partial profile and tier, version 0. */
    public static Arbitrary<Account> accounts() {
        Arbitrary<String> names = Arbitraries.of("Acme Corp", "Globex GmbH", "Initech Ltd", "Umbrella SA",
                "华为技术有限公司", "Soylent Oy", "Hooli Inc");
        Arbitrary<CompanyProfile> profiles = Combinators.combine(
                        Arbitraries.of("Software", "Manufacturing", "Retail", "Healthcare").optional(),
                        Arbitraries.of(SizeBand.class).optional())
                .as((industry, size) -> new CompanyProfile(industry, size, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        return Combinators.combine(ids(AccountId::new), names, profiles, Arbitraries.of(Tier.class), instants())
                .as((id, name, profile, tier, at) -> {
                    Account a = Account.open(id, name, profile, OWNER, at).aggregate();
                    return a.withTier(tier, at).aggregate();
                });
    }

    /**
     * Contacts made by {@link Contact#create}, each with or without an email, a phone number of
     * {@link #phoneNumbers()} and a title; some work for a second account and some have a decision role. Version 0.
     */
    public static Arbitrary<Contact> contacts() {
        Arbitrary<Optional<String>> titles = Arbitraries.of("Head of Sales Operations", "CFO", "IT Director",
                "Procurement Manager", "Field Sales Rep", "营销总监").optional(0.7);
        Arbitrary<Optional<AccountId>> secondAccount = ids(AccountId::new).optional(0.2);
        return Combinators.combine(ids(ContactId::new), personNames(), emails().optional(0.8),
                        phoneNumbers().optional(0.6), titles, ids(AccountId::new), instants(),
                        Combinators.combine(secondAccount, Arbitraries.of(DecisionRole.class).optional(0.5)).as(Tuple::of))
                .as((id, name, email, phone, title, account, at, later) -> {
                    Contact c = Contact.create(id, name, email, phone, title, account, OWNER, at).aggregate();
                    Instant t = at.plus(Duration.ofDays(1));
                    if (later.get1().isPresent()) {
                        c = c.joinAccount(later.get1().get(), t).aggregate();
                    }
                    if (later.get2().isPresent()) {
                        c = c.withDecisionRole(later.get2().get(), t).aggregate();
                    }
                    return c;
                });
    }

    // ---------------------------------------------------------------------------------------------------- leads

    /** New leads from any channel, with a name, an email and sometimes a company. */
    public static Arbitrary<NewLead> newLeads() {
        return Combinators.combine(Arbitraries.of(SourceChannel.class), personNames(), emails(),
                        Arbitraries.of("Acme Corp", "Globex GmbH", "Initech Ltd", "华为技术有限公司").injectNull(0.3))
                .as((source, name, email, company) -> {
                    NewLead.Builder b = NewLead.from(source).person(name.first(), name.last()).email(email.value());
                    return (company == null ? b : b.company(company)).build();
                });
    }

    /**
     * Leads in every status of {@link LeadStatus}, each reached through the lead's own commands from capture
     * (so every generated lead is one the domain could produce), version 0.
     */
    public static Arbitrary<Lead> leads() {
        Arbitrary<LeadConversion.NewIds> conversionIds = Combinators.combine(ids(AccountId::new), ids(ContactId::new),
                ids(OpportunityId::new)).as(LeadConversion.NewIds::new);
        return Combinators.combine(ids(LeadId::new), newLeads(), Arbitraries.of(LeadStatus.class), instants(), conversionIds)
                .as((id, details, status, at, newIds) -> leadIn(status, Lead.capture(id, details, at).aggregate(), at, newIds));
    }

    private static Lead leadIn(LeadStatus status, Lead lead, Instant at, LeadConversion.NewIds newIds) {
        Instant later = at.plus(Duration.ofHours(1));
        return switch (status) {
            case NEW -> lead;
            case WORKING -> lead.startWorking(later).aggregate();
            case NURTURING -> lead.nurture(later).aggregate();
            case QUALIFIED -> lead.qualify(QualificationPolicies.none(), LocalDate.ofInstant(later, ZoneOffset.UTC), later).lead();
            case DISQUALIFIED -> lead.disqualify(List.of(Disqualification.of(DisqualificationReason.UNREACHABLE,
                    "no answer to five calls")), later).aggregate();
            case CONVERTED -> LeadConversion.convert(leadIn(LeadStatus.QUALIFIED, lead, at, newIds),
                    new LeadConversion.Target(Optional.empty(), Optional.empty(), Optional.empty(), OWNER),
                    newIds, later.plus(Duration.ofHours(1))).lead();
        };
    }

    // ---------------------------------------------------------------------------------------------------- opportunities

    /**
     * Opportunities in {@code pipeline}, open, won and lost, after a random walk of up to 16 steps taken minutes to
     * two weeks apart: moves to the next open stage or to any open stage, closing won or lost, reopening, and setting the amount (sometimes
     * zero), the primary contact, the expected close date, product lines and decision-chain members, each set at most
     * once. Refused moves change nothing, as in the domain. Every stage is reached (open stages, the won stage and
     * each lost stage) whose entry criteria are among the ready-made ones of {@code StageCriteria}; custom criteria
     * hold or not as they may. Once set, a field is not changed, so the stage an opportunity is in still admits it.
     * Version 0.
     */
    public static Arbitrary<Opportunity> opportunities(Pipeline pipeline) {
        List<String> open = pipeline.openStages().stream().map(Stage::key).toList();
        List<String> lost = pipeline.stages().stream().filter(s -> s.outcome() == OpportunityStatus.LOST).map(Stage::key)
                .toList();
        Arbitrary<Deal> deals = Combinators.combine(ids(OpportunityId::new), ids(AccountId::new),
                        Arbitraries.of("40 seats", "Fleet renewal", "EMEA rollout", "Pilot", "华东 expansion"),
                        instants(), currencies().flatMap(CrmArbitraries::nonNegativeMoney),
                        ids(ContactId::new).list().ofSize(3), ids(ProductId::new), Arbitraries.integers().between(7, 180))
                .as(Deal::new);
        Arbitrary<Step> step = Combinators.combine(Arbitraries.frequency(
                        Tuple.of(8, Action.ADVANCE), Tuple.of(4, Action.MOVE), Tuple.of(3, Action.SET_AMOUNT),
                        Tuple.of(3, Action.SET_PRIMARY_CONTACT), Tuple.of(3, Action.SET_EXPECTED_CLOSE), Tuple.of(3, Action.SET_LINES),
                        Tuple.of(4, Action.ADD_DECISION_CHAIN_MEMBER), Tuple.of(2, Action.CLOSE_WON),
                        Tuple.of(2, Action.CLOSE_LOST), Tuple.of(2, Action.REOPEN)),
                Arbitraries.integers().between(0, 9_999),
                Arbitraries.longs().between(1, Duration.ofDays(14).toMinutes())).as(Step::new);
        return Combinators.combine(deals, step.list().ofMaxSize(16))
                .as((deal, walk) -> walk(pipeline, open, lost, deal, walk));
    }

    private enum Action {
        ADVANCE, MOVE, SET_AMOUNT, SET_PRIMARY_CONTACT, SET_EXPECTED_CLOSE, SET_LINES, ADD_DECISION_CHAIN_MEMBER,
        CLOSE_WON, CLOSE_LOST, REOPEN
    }

    private record Step(Action action, int pick, long minutesLater) {
        <T> T pick(List<T> from) {
            return from.get(pick % from.size());
        }
    }

    private record Deal(OpportunityId id, AccountId account, String name, Instant openedAt, Money amount,
                        List<ContactId> contacts, ProductId product, int closesInDays) {
    }

    private static final List<Optional<String>> WON_REASONS = List.of(Optional.empty(),
            Optional.of("Best fit for the field team"), Optional.of("Existing relationship"), Optional.of("Price"));
    private static final List<String> LOST_REASONS = List.of("Price", "No budget", "No decision", "Went with a competitor",
            "Timing");
    private static final List<Optional<String>> COMPETITORS = List.of(Optional.empty(), Optional.of("Globex"),
            Optional.of("Initech"), Optional.of("Hooli"));

    private static Opportunity walk(Pipeline pipeline, List<String> open, List<String> lost, Deal deal, List<Step> walk) {
        Opportunity o = Opportunity.open(deal.id(), pipeline, deal.name(), deal.account(), OWNER, deal.openedAt()).aggregate();
        Instant t = deal.openedAt();
        for (Step step : walk) {
            t = t.plusSeconds(60 * step.minutesLater());
            boolean isOpen = o.status() == OpportunityStatus.OPEN;
            o = switch (step.action()) {
                case ADVANCE -> isOpen ? o.moveTo(pipeline, open.get(Math.min(open.indexOf(o.stage()) + 1, open.size() - 1)), t)
                        .opportunity() : o;
                case MOVE -> o.moveTo(pipeline, step.pick(open), t).opportunity();
                case SET_AMOUNT -> isOpen && o.amount().isEmpty() ? o.withAmount(deal.amount(), t).aggregate() : o;
                case SET_PRIMARY_CONTACT -> isOpen && o.primaryContact().isEmpty()
                        ? o.withPrimaryContact(deal.contacts().get(0), t).aggregate() : o;
                case SET_EXPECTED_CLOSE -> isOpen && o.expectedClose().isEmpty()
                        ? o.withExpectedClose(LocalDate.ofInstant(t, ZoneOffset.UTC).plusDays(deal.closesInDays()), t)
                        .aggregate() : o;
                case SET_LINES -> isOpen && o.lines().isEmpty()
                        ? o.withLines(List.of(ProductLine.of(deal.product(), 1 + step.pick() % 50)), t).aggregate() : o;
                case ADD_DECISION_CHAIN_MEMBER -> isOpen && o.decisionChain().size() < deal.contacts().size()
                        ? o.withDecisionChainMember(new DecisionChainMember(deal.contacts().get(o.decisionChain().size()),
                        step.pick(List.of(DecisionRole.values()))), t).aggregate() : o;
                case CLOSE_WON -> isOpen ? o.closeWon(pipeline, step.pick(WON_REASONS), t).opportunity() : o;
                case CLOSE_LOST -> isOpen ? o.closeLost(pipeline, step.pick(lost), LOST_REASONS.get(step.pick() / 11 % LOST_REASONS.size()),
                        COMPETITORS.get(step.pick() / 7 % COMPETITORS.size()), t).opportunity() : o;
                case REOPEN -> isOpen ? o : o.reopen(pipeline, t).opportunity();
            };
        }
        return o;
    }

    // ---------------------------------------------------------------------------------------------------- activities

    /**
     * Activities of every type and status: scheduled (open, some rescheduled), scheduled then completed or cancelled,
     * and logged after they happened (notes are always logged), linked to a lead, an account, an opportunity or a
     * contact of an account. Version 0.
     */
    public static Arbitrary<Activity> activities() {
        Arbitrary<Links> links = Arbitraries.oneOf(
                ids(LeadId::new).map(Links::toLead),
                ids(AccountId::new).map(Links::toAccount),
                Combinators.combine(ids(AccountId::new), ids(OpportunityId::new)).as(Links::toOpportunity),
                Combinators.combine(ids(AccountId::new), ids(ContactId::new)).as((a, c) -> Links.toAccount(a).withContact(c)));
        Arbitrary<String> subjects = Arbitraries.of("Discovery call", "Send the proposal", "Demo for the sales managers",
                "Site visit in Lyon", "Prepare the quote", "Budget confirmed by the CFO", "与采购部门开会");
        Arbitrary<Optional<String>> outcomes = Arbitraries.of("Interested, wants a demo", "Left a voicemail",
                "Needs mobile access", "Signed off").optional(0.7);
        return Combinators.combine(ids(ActivityId::new), Arbitraries.of(ActivityType.class), subjects, links, instants(),
                        Arbitraries.of(Fate.class), Arbitraries.longs().between(1, Duration.ofDays(30).toMinutes()), outcomes)
                .as((id, type, subject, about, at, fate, minutes, outcome) -> {
                    Duration span = Duration.ofMinutes(minutes);
                    if (fate == Fate.LOGGED || type == ActivityType.NOTE) {
                        return Activity.log(id, type, subject, about, OWNER, outcome, at.minus(span), at).aggregate();
                    }
                    Activity scheduled = Activity.schedule(id, type, subject, about, OWNER, at.plus(span), at).aggregate();
                    return switch (fate) {
                        case SCHEDULED -> scheduled;
                        case RESCHEDULED -> scheduled.reschedule(at.plus(span).plus(Duration.ofDays(2)), at.plus(span.dividedBy(2)))
                                .aggregate();
                        case COMPLETED -> scheduled.complete(outcome, at.plus(span)).aggregate();
                        case CANCELLED -> scheduled.cancel("Customer asked to postpone", at.plus(span.dividedBy(2))).aggregate();
                        case LOGGED -> throw new AssertionError(fate);
                    };
                });
    }

    private enum Fate { SCHEDULED, RESCHEDULED, COMPLETED, CANCELLED, LOGGED }

    // ---------------------------------------------------------------------------------------------------- lifecycle

    /**
     * Account lifecycles started at any stage, then up to 8 random moves hours to weeks apart: forward moves to any
     * stage (a move back or to the same stage is no change, as in the domain) and resets to any other stage. Version 0.
     */
    public static Arbitrary<CustomerLifecycle> lifecycles() {
        Arbitrary<LifecycleMove> move = Combinators.combine(Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
                Arbitraries.of(LifecycleStage.class), Arbitraries.longs().between(1, Duration.ofDays(30).toHours()))
                .as(LifecycleMove::new);
        return Combinators.combine(ids(AccountId::new), Arbitraries.of(LifecycleStage.class), instants(),
                        move.list().ofMaxSize(8))
                .as((account, first, at, moves) -> {
                    CustomerLifecycle l = CustomerLifecycle.start(account, first, causeOf(first), at).aggregate();
                    Instant t = at;
                    for (LifecycleMove m : moves) {
                        t = t.plus(Duration.ofHours(m.hoursLater()));
                        if (!m.reset()) {
                            l = l.advanceTo(m.target(), causeOf(m.target()), t).aggregate();
                        } else if (m.target() != l.stage()) {
                            l = l.reset(m.target(), "Reset by sales operations: account re-qualified", t).aggregate();
                        }
                    }
                    return l;
                });
    }

    private record LifecycleMove(boolean reset, LifecycleStage target, long hoursLater) {
    }

    private static String causeOf(LifecycleStage stage) {
        return switch (stage) {
            case SUBSCRIBER -> "Subscribed to the newsletter";
            case LEAD -> "Lead captured from a web form";
            case MARKETING_QUALIFIED -> "Lead score crossed the MQL threshold";
            case SALES_QUALIFIED -> "Lead qualified by sales";
            case OPPORTUNITY -> "Opportunity opened";
            case CUSTOMER -> "Opportunity won";
            case EVANGELIST -> "Referred a new customer";
        };
    }

    // ---------------------------------------------------------------------------------------------------- support

    /** Version 7 ids in 2026 drawn from jqwik's random source. */
    private static <I> Arbitrary<I> ids(Function<UUID, I> id) {
        return Arbitraries.randomValue(random -> id.apply(
                Ids.uuid7(EPOCH.toEpochMilli() + Math.floorMod(random.nextLong(), YEAR_MILLIS), random)));
    }

    /**
     * How people of one region write a number: {@code N} is any digit, {@code P} a digit from 2 to 9; the rest is
     * typed as is.
     */
    private record PhoneFormat(String region, String pattern) {

        static final List<PhoneFormat> ALL = List.of(
                new PhoneFormat("US", "(PNN) PNN-NNNN"), new PhoneFormat("US", "+1 PNN PNN NNNN"),
                new PhoneFormat("US", "1-PNN-PNN-NNNN"), new PhoneFormat("CA", "PNN.PNN.NNNN"),
                new PhoneFormat("GB", "020 7946 NNNN"), new PhoneFormat("GB", "07700 9NNNNN"),
                new PhoneFormat("GB", "+44 (0)161 NNN NNNN"),
                new PhoneFormat("DE", "030 NNNNNNN"), new PhoneFormat("DE", "0151 NNNNNNNN"),
                new PhoneFormat("DE", "+49 (0)89 NNNNNNN"), new PhoneFormat("DE", "0049 40 NNNNNNN"),
                new PhoneFormat("FR", "01 NN NN NN NN"), new PhoneFormat("FR", "+33 6 NN NN NN NN"),
                new PhoneFormat("IT", "06 NNNN NNNN"), new PhoneFormat("IT", "+39 02 NNNN NNNN"),
                new PhoneFormat("IT", "3NN NNN NNNN"),
                new PhoneFormat("ES", "91 NNN NN NN"), new PhoneFormat("ES", "6NN NNN NNN"),
                new PhoneFormat("CH", "044 NNN NN NN"), new PhoneFormat("HU", "06 1 NNN NNNN"),
                new PhoneFormat("RU", "8 (495) NNN-NN-NN"),
                new PhoneFormat("JP", "03-NNNN-NNNN"), new PhoneFormat("JP", "090-NNNN-NNNN"),
                new PhoneFormat("JP", "010 44 20 7946 NNNN"),
                new PhoneFormat("CN", "13N NNNN NNNN"), new PhoneFormat("CN", "010 NNNN NNNN"),
                new PhoneFormat("IN", "9NNNN NNNNN"), new PhoneFormat("IN", "+91 80 NNNN NNNN"),
                new PhoneFormat("SG", "6NNN NNNN"), new PhoneFormat("AE", "04 NNN NNNN"),
                new PhoneFormat("AU", "(02) NNNN NNNN"), new PhoneFormat("AU", "04NN NNN NNN"),
                new PhoneFormat("BR", "(11) 9NNNN-NNNN"));

        int digits() {
            return (int) pattern.chars().filter(c -> c == 'N' || c == 'P').count();
        }

        PhoneNumber parse(List<Integer> digits) {
            StringBuilder raw = new StringBuilder();
            int next = 0;
            for (char c : pattern.toCharArray()) {
                switch (c) {
                    case 'N' -> raw.append(digits.get(next++));
                    case 'P' -> raw.append(2 + digits.get(next++) % 8);
                    default -> raw.append(c);
                }
            }
            return PhoneNumber.parse(raw.toString(), CountryCode.of(region));
        }
    }

    /**
     * A city with its region, streets and postal-code format: in {@code postalPattern} {@code N} is a digit and
     * {@code A} a letter.
     */
    private record Place(String country, String city, String region, List<String> streets, boolean numberFirst,
                         String postalPattern) {

        static final List<Place> ALL = List.of(
                new Place("DE", "Berlin", "Berlin", List.of("Unter den Linden", "Friedrichstraße", "Karl-Marx-Allee"),
                        false, "10NNN"),
                new Place("DE", "München", "Bayern", List.of("Leopoldstraße", "Maximilianstraße"), false, "80NNN"),
                new Place("US", "San Francisco", "CA", List.of("Market Street", "Mission St"), true, "941NN"),
                new Place("US", "Austin", "TX", List.of("Congress Avenue", "South Lamar Blvd"), true, "787NN-NNNN"),
                new Place("GB", "London", "Greater London", List.of("Baker Street", "Old Kent Road"), true, "SWN NAA"),
                new Place("FR", "Paris", "Île-de-France", List.of("rue de Rivoli", "avenue des Champs-Élysées"), true,
                        "750NN"),
                new Place("FR", "Lyon", "Auvergne-Rhône-Alpes", List.of("rue de la République"), true, "6900N"),
                new Place("IT", "Roma", "Lazio", List.of("Via del Corso", "Via Nazionale"), false, "001NN"),
                new Place("JP", "千代田区", "東京都", List.of("丸の内1丁目", "大手町2丁目"), false, "100-NNNN"),
                new Place("CN", "上海市", "黄浦区", List.of("南京东路", "中山东一路"), false, "2000NN"),
                new Place("BR", "São Paulo", "SP", List.of("Avenida Paulista", "Rua Augusta"), false, "01NNN-NNN"),
                new Place("IE", "Dublin", "Co. Dublin", List.of("Grand Canal Square", "Harcourt Street"), true,
                        "D0N ANNA"),
                new Place("AE", "Dubai", "Dubai", List.of("Sheikh Zayed Road"), false, ""));

        String streetLine(String street, int number) {
            return numberFirst ? number + " " + street : street + " " + number;
        }

        int postalDigits() {
            return (int) postalPattern.chars().filter(c -> c == 'N').count();
        }

        String postalCode(List<Integer> digits) {
            if (postalPattern.isEmpty()) {
                return "";
            }
            StringBuilder code = new StringBuilder();
            int next = 0;
            for (char c : postalPattern.toCharArray()) {
                if (c == 'N') {
                    code.append(digits.get(next++));
                } else if (c == 'A') {
                    code.append((char) ('A' + (digits.get(0) * 7 + code.length() * 3) % 26));
                } else {
                    code.append(c);
                }
            }
            return code.toString();
        }
    }
}
