package io.crmkit.pricing.pricebook;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.pricing.PricingFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.Expect.fails;
import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.GLOBEX;
import static io.crmkit.pricing.PricingFixtures.LAUNCH;
import static io.crmkit.pricing.PricingFixtures.RACK;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

final class PriceBookTest {

    @Test
    void picksTheEntryOfTheCurrencyAndTheDate() {
        PriceBook book = PricingFixtures.standardBook();
        assertEquals(Optional.of(eur("900.00")), book.price(RACK, Money.currency("EUR"), LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.of(eur("950.00")), book.price(RACK, Money.currency("EUR"), LocalDate.of(2026, 1, 1)));
        assertEquals(Optional.empty(), book.price(RACK, Money.currency("EUR"), LocalDate.of(2024, 12, 31)));
        assertEquals(Optional.of(Money.of("4400.00", "USD")), book.price(SERVER, Money.currency("USD"), LAUNCH));
        assertEquals(Optional.empty(), book.price(SERVER, Money.currency("GBP"), LAUNCH));
        assertEquals(List.of(Money.currency("EUR"), Money.currency("USD")), book.currenciesOf(SERVER, LAUNCH));
    }

    @Test
    void rejectsEntriesThatApplyOnTheSameDay() {
        InvalidConfigurationException e = fails(InvalidConfigurationException.class, () -> PriceBook.builder("std", "Standard")
                .price(RACK, eur("900.00"), LAUNCH, LocalDate.of(2026, 1, 2))
                .price(RACK, eur("950.00"), LocalDate.of(2026, 1, 1))
                .price(RACK, Money.of("990.00", "USD"), LocalDate.of(2026, 1, 1))
                .price(SERVER, eur("1.00"), LAUNCH)
                .price(SERVER, eur("2.00"), LAUNCH)
                .build());
        assertEquals(List.of(
                "entries[1]: price of product " + RACK + " in EUR overlaps entries[0] (both apply on 2026-01-01)",
                "entries[4]: price of product " + SERVER + " in EUR overlaps entries[3] (both apply on 2025-01-01)"), e.problems());
    }

    @Test
    void rejectsBadEntries() {
        rejects(() -> PriceBook.builder("std", "Standard").price(RACK, eur("-1.00"), LAUNCH).build(), "must not be negative", "-1.00 EUR");
        rejects(() -> PriceBook.builder("std", "Standard").price(RACK, eur("1.00"), LAUNCH, LAUNCH).build(), "at least a day");
        rejects(() -> PriceBook.builder(" ", "Standard").build(), "price book id must not be blank");
    }

    @Test
    void contractedPricesAreLookedUpPerAccountProductCurrencyAndDate() {
        ContractedPrices prices = ContractedPrices.of(List.of(
                new ContractedPrice(ACME, SERVER, eur("3500.00"), LAUNCH, Optional.of(LocalDate.of(2026, 6, 1)))));
        assertEquals(Optional.of(eur("3500.00")), prices.price(ACME, SERVER, Money.currency("EUR"), LocalDate.of(2026, 5, 31)));
        assertEquals(Optional.empty(), prices.price(ACME, SERVER, Money.currency("EUR"), LocalDate.of(2026, 6, 1)));
        assertEquals(Optional.empty(), prices.price(GLOBEX, SERVER, Money.currency("EUR"), LAUNCH));
        assertEquals(Optional.empty(), prices.price(ACME, SERVER, Money.currency("USD"), LAUNCH));
        rejects(() -> ContractedPrices.of(List.of(
                new ContractedPrice(ACME, SERVER, eur("3500.00"), LAUNCH, Optional.empty()),
                new ContractedPrice(ACME, SERVER, eur("3400.00"), LocalDate.of(2026, 1, 1), Optional.empty()))), "overlap");
    }
}
