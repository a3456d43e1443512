package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class ProductIdTest {

    @Test
    void newIdsAreTimeOrderedAndDistinct() {
        ProductId a = ProductId.newId();

        assertEquals(7, a.value().version());
        assertNotEquals(a, ProductId.newId());
    }

    @Test
    void roundTripsThroughItsString() {
        ProductId id = ProductId.newId();

        assertEquals(id, ProductId.of(id.toString()));
    }

    @Test
    void rejectsNullAndGarbageNamingTheField() {
        assertEquals("productId must not be null",
                assertThrows(NullPointerException.class, () -> new ProductId(null)).getMessage());
        assertEquals("productId must be a UUID like 0190a6f2-8c1e-7abc-8def-0123456789ab but was 'SKU-1'",
                assertThrows(IllegalArgumentException.class, () -> ProductId.of("SKU-1")).getMessage());
    }
}
