package io.crmkit.pricing.catalog;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.PricingFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.crmkit.pricing.Expect.fails;
import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.STARTER_KIT;
import static io.crmkit.pricing.PricingFixtures.SUPPORT;
import static io.crmkit.pricing.PricingFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CatalogTest {

    @Test
    void findsProductsByIdAndSku() {
        Catalog catalog = PricingFixtures.catalog();
        assertEquals(Optional.of(DISK), catalog.productBySku("SSD-1TB").map(Product::id));
        assertEquals(Optional.of("SRV-R740"), catalog.product(SERVER).map(Product::sku));
        assertEquals(Optional.empty(), catalog.productBySku("NOPE"));
        rejects(() -> catalog.require(ProductId.of("01900000-0000-7000-8000-0000000000ff")),
                "unknown product 01900000-0000-7000-8000-0000000000ff");
    }

    @Test
    void categoriesNestByPath() {
        Category servers = Category.of("hardware/servers");
        assertTrue(servers.isWithin(Category.of("hardware")));
        assertTrue(servers.isWithin(servers));
        assertFalse(Category.of("hardware/serversx").isWithin(servers));
        assertFalse(Category.of("hardware").isWithin(servers));
        assertEquals(List.of("hardware", "servers"), servers.segments());
        rejects(() -> Category.of("Hardware//x"), "'Hardware//x'");
        rejects(() -> Category.of(""), "category must be a path");
    }

    @Test
    void productsKnowWhenTheyAreSold() {
        Product p = product(SERVER, "SRV", "1.00", "hardware").activeUntil(LocalDate.of(2026, 1, 1));
        assertTrue(p.isActiveOn(LocalDate.of(2025, 12, 31)));
        assertFalse(p.isActiveOn(LocalDate.of(2026, 1, 1)));
        assertFalse(p.isActiveOn(LocalDate.of(2024, 12, 31)));
        rejects(() -> product(SERVER, "bad sku!", "1.00", "hardware"), "'bad sku!'");
        rejects(() -> product(SERVER, "SRV", "-1.00", "hardware"), "-1.00 EUR");
        rejects(() -> product(SERVER, "SRV", "1.00", "hardware").activeUntil(PricingFixtures.LAUNCH), "at least a day");
    }

    @Test
    void rejectsABundleThatContainsItself() {
        rejects(() -> new Bundle(STARTER_KIT, List.of(BundleComponent.required(STARTER_KIT, 1)), Bundle.BundlePricing.FIXED_PRICE),
                "bundle " + STARTER_KIT + " must not contain itself");
        rejects(() -> new Bundle(STARTER_KIT, List.of(BundleComponent.required(DISK, 1), BundleComponent.optional(DISK, 2)),
                Bundle.BundlePricing.FIXED_PRICE), "lists component " + DISK + " twice");
    }

    @Test
    void rejectsABundleThatContainsItselfThroughAnotherBundle() {
        Catalog.Builder builder = Catalog.builder()
                .product(product(SERVER, "A", "1.00", "x"))
                .product(product(DISK, "B", "1.00", "x"))
                .product(product(SUPPORT, "C", "1.00", "x"))
                .bundle(new Bundle(SERVER, List.of(BundleComponent.required(DISK, 1)), Bundle.BundlePricing.SUM_OF_COMPONENTS))
                .bundle(new Bundle(DISK, List.of(BundleComponent.required(SUPPORT, 1)), Bundle.BundlePricing.SUM_OF_COMPONENTS))
                .bundle(new Bundle(SUPPORT, List.of(BundleComponent.required(SERVER, 2)), Bundle.BundlePricing.SUM_OF_COMPONENTS));

        InvalidConfigurationException e = fails(InvalidConfigurationException.class, builder::build);
        assertEquals(3, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("bundles: bundle A contains itself through [" + DISK + ", " + SUPPORT + ", " + SERVER + "]"),
                e.problems().get(0));
    }

    @Test
    void aBundleOfBundlesWithoutACycleIsFine() {
        Catalog catalog = Catalog.builder()
                .product(product(SERVER, "A", "1.00", "x"))
                .product(product(DISK, "B", "1.00", "x"))
                .product(product(SUPPORT, "C", "1.00", "x"))
                .bundle(new Bundle(SERVER, List.of(BundleComponent.required(DISK, 1), BundleComponent.required(SUPPORT, 1)),
                        Bundle.BundlePricing.SUM_OF_COMPONENTS))
                .bundle(new Bundle(DISK, List.of(BundleComponent.required(SUPPORT, 1)), Bundle.BundlePricing.SUM_OF_COMPONENTS))
                .build();
        assertTrue(catalog.bundle(SERVER).isPresent());
        assertTrue(catalog.bundle(SUPPORT).isEmpty());
    }

    @Test
    void reportsEveryProblemOfACatalogue() {
        ProductId ghost = ProductId.of("01900000-0000-7000-8000-0000000000ee");
        Catalog.Builder builder = Catalog.builder()
                .product(product(SERVER, "A", "1.00", "x"))
                .product(product(SERVER, "A", "2.00", "x"))
                .bundle(new Bundle(DISK, List.of(BundleComponent.required(ghost, 1)), Bundle.BundlePricing.FIXED_PRICE));

        InvalidConfigurationException e = fails(InvalidConfigurationException.class, builder::build);
        assertEquals(List.of(
                "products[1]: id " + SERVER + " is used twice",
                "products[1]: sku 'A' is used twice",
                "bundles[0]: bundle product " + DISK + " is not in the catalogue",
                "bundles[0].components[0]: unknown product " + ghost), e.problems());
    }

    @Test
    void bundleOptionsMustBeOptionalComponents() {
        Bundle kit = PricingFixtures.catalog().bundle(STARTER_KIT).orElseThrow();
        assertEquals(List.of(SERVER, DISK), kit.chosen(Set.of()).stream().map(BundleComponent::product).toList());
        assertEquals(List.of(SERVER, DISK, SUPPORT), kit.chosen(Set.of(SUPPORT)).stream().map(BundleComponent::product).toList());
        rejects(() -> kit.chosen(Set.of(DISK)), "is not an optional component");
        rejects(() -> BundleComponent.required(DISK, 0), "must be positive but was 0");
    }
}
