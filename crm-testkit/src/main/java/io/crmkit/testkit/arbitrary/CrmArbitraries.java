package io.crmkit.testkit.arbitrary;

import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lead.NewLead;
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
import java.util.Currency;

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
}
