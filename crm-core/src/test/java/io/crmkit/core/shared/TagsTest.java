package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TagsTest {

    @Test
    void normalisesAndSortsTags() {
        Tags tags = Tags.of(" VIP ", "Trade \t  Fair\n2025", "key account");

        assertEquals(List.of("key account", "trade fair 2025", "vip"), List.copyOf(tags.values()));
        assertEquals("[key account, trade fair 2025, vip]", tags.toString());
    }

    @Test
    void mergesTagsThatAreEqualAfterNormalising() {
        Tags tags = Tags.of("VIP", " vip", "Vip ");

        assertEquals(1, tags.size());
        assertEquals(Tags.of("vip"), tags);
    }

    @Test
    void isImmutableAndIndependentOfTheSourceSet() {
        Set<String> source = new HashSet<>(Set.of("vip"));
        Tags tags = new Tags(source);
        source.add("churn risk");

        assertEquals(1, tags.size());
        assertThrows(UnsupportedOperationException.class, () -> tags.values().add("x"));
    }

    @Test
    void addsAndRemovesTagsReturningNewSets() {
        Tags vip = Tags.of("vip");

        Tags more = vip.with(" Churn  Risk ");
        Tags less = more.without("VIP");

        assertEquals(Tags.of("vip"), vip);
        assertEquals(Tags.of("churn risk", "vip"), more);
        assertEquals(Tags.of("churn risk"), less);
        assertSame(vip, vip.with("VIP"));
        assertSame(vip, vip.without("unknown"));
    }

    @Test
    void findsTagsByTheirNormalisedForm() {
        Tags tags = Tags.of("trade fair");

        assertTrue(tags.contains("  Trade   FAIR "));
        assertFalse(tags.contains("trade"));
        assertFalse(tags.contains("a,b")); // cannot be a tag, so it is not one
    }

    @Test
    void emptyHasNoTags() {
        assertTrue(Tags.empty().isEmpty());
        assertEquals(0, Tags.empty().size());
        assertEquals(Tags.of(), Tags.empty());
        assertFalse(Tags.of("vip").isEmpty());
    }

    @Test
    void acceptsTagsOfUpTo50CharactersCountingCodePoints() {
        assertEquals(50, Tags.of("x".repeat(50)).values().iterator().next().length());
        assertEquals(1, Tags.of("😀".repeat(50)).size());
    }

    @Test
    void rejectsTagsLongerThan50Characters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tags.of("x".repeat(51)));

        assertTrue(e.getMessage().startsWith("tag must be at most 50 characters but was 51"), e.getMessage());
    }

    @Test
    void rejectsBlankTags() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tags.of("vip", " \t "));

        assertEquals("tag must not be blank but was ' \t '", e.getMessage());
    }

    @Test
    void rejectsCommas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tags.of("vip,partner"));

        assertEquals("tag must not contain ',' but was 'vip,partner'", e.getMessage());
    }

    @Test
    void rejectsControlCharacters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tags.empty().with("vip\u0007"));

        assertEquals("tag must not contain control characters but 'vip\\u0007' has U+0007", e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertEquals("tags must not be null",
                assertThrows(NullPointerException.class, () -> new Tags(null)).getMessage());
        assertEquals("tags[1] must not be null",
                assertThrows(NullPointerException.class, () -> Tags.of("vip", null)).getMessage());
        assertEquals("tag must not be null",
                assertThrows(NullPointerException.class, () -> Tags.empty().with(null)).getMessage());
        assertThrows(NullPointerException.class, () -> Tags.empty().contains(null));
    }
}
