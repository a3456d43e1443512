package io.crmkit.pricing;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Bundle;
import io.crmkit.pricing.catalog.BundleComponent;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.waterfall.Buyer;

import java.time.LocalDate;
import java.util.List;

/** A small, realistic catalogue shared by the pricing tests: servers, storage, software seats and a bundle. */
public final class PricingFixtures {

    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    public static final LocalDate LAUNCH = LocalDate.of(2025, 1, 1);

    public static final ProductId SERVER = ProductId.of("01900000-0000-7000-8000-000000000001");
    public static final ProductId DISK = ProductId.of("01900000-0000-7000-8000-000000000002");
    public static final ProductId SEAT = ProductId.of("01900000-0000-7000-8000-000000000003");
    public static final ProductId SUPPORT = ProductId.of("01900000-0000-7000-8000-000000000004");
    public static final ProductId STARTER_KIT = ProductId.of("01900000-0000-7000-8000-000000000005");
    public static final ProductId RACK = ProductId.of("01900000-0000-7000-8000-000000000006");
    public static final ProductId OLD_SERVER = ProductId.of("01900000-0000-7000-8000-000000000007");

    public static final AccountId ACME = AccountId.of("01900000-0000-7000-8000-0000000000a1");
    public static final AccountId GLOBEX = AccountId.of("01900000-0000-7000-8000-0000000000a2");

    private PricingFixtures() {
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    public static Product product(ProductId id, String sku, String cost, String category) {
        return Product.of(id, sku, sku + " product", "each", eur(cost), Category.of(category), LAUNCH);
    }

    public static Catalog catalog() {
        return Catalog.builder()
                .product(product(SERVER, "SRV-R740", "2400.00", "hardware/servers"))
                .product(product(DISK, "SSD-1TB", "80.00", "hardware/storage"))
                .product(Product.of(SEAT, "CRM-SEAT", "CRM seat", "seat/month", eur("4.00"), Category.of("software/crm"), LAUNCH))
                .product(product(SUPPORT, "SUP-24x7", "150.00", "services/support"))
                .product(product(STARTER_KIT, "KIT-START", "0.00", "hardware/bundles"))
                .product(product(RACK, "RACK-42U", "300.00", "hardware/racks"))
                .product(product(OLD_SERVER, "SRV-R730", "2000.00", "hardware/servers").activeUntil(LocalDate.of(2026, 1, 1)))
                .bundle(new Bundle(STARTER_KIT, List.of(BundleComponent.required(SERVER, 1), BundleComponent.required(DISK, 4),
                        BundleComponent.optional(SUPPORT, 1)), Bundle.BundlePricing.FIXED_PRICE))
                .build();
    }

    public static PriceBook standardBook() {
        return PriceBook.builder("standard", "Standard")
                .price(SERVER, eur("4000.00"), LAUNCH)
                .price(SERVER, usd("4400.00"), LAUNCH)
                .price(DISK, eur("150.00"), LAUNCH)
                .price(SEAT, eur("10.00"), LAUNCH)
                .price(SUPPORT, eur("500.00"), LAUNCH)
                .price(STARTER_KIT, eur("4333.33"), LAUNCH)
                .price(RACK, eur("900.00"), LAUNCH, LocalDate.of(2026, 1, 1))
                .price(RACK, eur("950.00"), LocalDate.of(2026, 1, 1))
                .price(OLD_SERVER, eur("3000.00"), LAUNCH)
                .build();
    }

    public static Buyer acme() {
        return Buyer.of(ACME, Tier.GOLD, "EMEA", "direct");
    }
}
