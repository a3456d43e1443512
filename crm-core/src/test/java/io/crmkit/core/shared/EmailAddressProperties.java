package io.crmkit.core.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class EmailAddressProperties {

    @Property(tries = 2000)
    void anyStringEitherParsesToAStableAddressOrIsRejected(@ForAll String raw) {
        assertParsesStablyOrIsRejected(raw);
    }

    @Property(tries = 2000)
    void anyAddressLikeStringEitherParsesToAStableAddressOrIsRejected(@ForAll("addressLike") String raw) {
        assertParsesStablyOrIsRejected(raw);
    }

    @Property
    void wellFormedAddressesAreAcceptedAndKeepTheirParts(@ForAll("wellFormed") String raw) {
        EmailAddress email = EmailAddress.of(raw);

        assertEquals(raw.toLowerCase(java.util.Locale.ROOT), email.value());
        assertEquals(email.value(), email.localPart() + "@" + email.domain());
    }

    private static void assertParsesStablyOrIsRejected(String raw) {
        EmailAddress email;
        try {
            email = EmailAddress.of(raw);
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("email"), expected.getMessage());
            return;
        }
        assertEquals(email, EmailAddress.of(email.toString()));
        assertEquals(email.toString(), EmailAddress.of(email.toString()).toString());
    }

    @Provide
    Arbitrary<String> addressLike() {
        return Arbitraries.strings()
                .withChars("aZ09.-_+@ '\"()[]\t")
                .withChars("ÄİΣßεΔ例子中国")
                .withCharRange('\u0300', '\u0310')
                .ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> atom = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("!#$%&'*+/=?^_`{|}~-").ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("例子中国ü").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), tld)
                .as((labels, top) -> String.join(".", labels) + "." + top);
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }
}
