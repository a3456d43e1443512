package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class EmailAddressTest {

    @Test
    void stripsAndLowerCasesTheAddress() {
        EmailAddress email = EmailAddress.of("  Ada.Lovelace@Example.COM ");

        assertEquals("ada.lovelace@example.com", email.value());
        assertEquals("ada.lovelace@example.com", email.toString());
        assertEquals(EmailAddress.of("ada.lovelace@example.com"), email);
    }

    @Test
    void splitsIntoLocalPartAndDomain() {
        EmailAddress email = EmailAddress.of("first.last+crm@mail.example.co.uk");

        assertEquals("first.last+crm", email.localPart());
        assertEquals("mail.example.co.uk", email.domain());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.co",
            "o'brien@example.ie",
            "x!#$%&'*+/=?^_`{|}~-y@example.com",
            "user@sub-domain.example-site.org",
            "user@123.example.com",
            "用户@例子.中国",
            "info@münchen.de",
            "δοκιμή@παράδειγμα.δοκιμή",
    })
    void acceptsRealisticAddresses(String value) {
        assertEquals(value.toLowerCase(java.util.Locale.ROOT), EmailAddress.of(value).value());
    }

    @Test
    void acceptsInternationalisedDomains() {
        EmailAddress email = EmailAddress.of("info@例子.中国");

        assertEquals("例子.中国", email.domain());
    }

    @Test
    void acceptsTheLongestAllowedLocalPartAndAddress() {
        String local = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61); // 189 chars

        assertEquals(254, EmailAddress.of(local + "@" + domain).value().length());
    }

    @Test
    void rejectsNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> EmailAddress.of(null));

        assertEquals("email must not be null", e.getMessage());
    }

    @Test
    void rejectsBlank() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("   "));

        assertEquals("email must not be blank but was '   '", e.getMessage());
    }

    @Test
    void rejectsTwoAtSigns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("a@@b"));

        assertEquals("email must contain exactly one '@' but was 'a@@b'", e.getMessage());
    }

    @Test
    void rejectsAMissingAtSign() {
        assertRejected("ada.example.com", "exactly one '@'");
    }

    @Test
    void rejectsInnerWhitespace() {
        assertRejected("ada lovelace@example.com", "whitespace");
        assertRejected("ada@exa\u00a0mple.com", "whitespace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@example.com", ".ada@example.com", "ada.@example.com", "ada..l@example.com",
            "a(b)@example.com", "\"ada\"@example.com"})
    void rejectsBadLocalParts(String value) {
        assertRejected(value, "email local part");
    }

    @Test
    void rejectsALocalPartLongerThan64() {
        assertRejected("a".repeat(65) + "@example.com", "1 to 64 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@", "ada@localhost", "ada@example..com", "ada@.example.com", "ada@example.com.",
            "ada@-example.com", "ada@example-.com", "ada@exa_mple.com", "ada@[192.168.0.1]", "ada@example.c",
            "ada@example.123"})
    void rejectsBadDomains(String value) {
        assertRejected(value, "email");
        assertRejected(value, "domain");
    }

    @Test
    void rejectsADomainLabelLongerThan63() {
        assertRejected("ada@" + "b".repeat(64) + ".com", "1 to 63 characters");
    }

    @Test
    void rejectsAddressesLongerThan254() {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62); // 190 chars

        assertRejected("a".repeat(64) + "@" + domain, "at most 254");
    }

    @Test
    void rejectsATopLevelDomainOfDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmailAddress.of("ada@10.0.0.1"));

        assertTrue(e.getMessage().contains("top-level domain"), e.getMessage());
        assertTrue(e.getMessage().contains("'1'"), e.getMessage());
    }

    private static void assertRejected(String value, String expectedInMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(value));
        assertTrue(e.getMessage().startsWith("email"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        String shown = value.length() > 40 ? value.substring(0, 30) : value;
        assertTrue(e.getMessage().contains(shown), e.getMessage());
    }
}
