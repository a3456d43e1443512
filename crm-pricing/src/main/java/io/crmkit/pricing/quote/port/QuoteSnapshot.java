package io.crmkit.pricing.quote.port;

import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.quote.Quote;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.QuoteVersion;
import io.crmkit.pricing.waterfall.Buyer;

import java.util.Currency;

/**
 * One version of a quote as it was priced, with whom it was for: what {@link Quotes} stores. Never changes once stored;
 * a revision is a new snapshot with the next number.
 *
 * @param quote    the quote
 * @param buyer    who the quote is for
 * @param currency the quote's currency
 * @param version  the version: its lines, prices, taxes and totals
 */
public record QuoteSnapshot(QuoteId quote, Buyer buyer, Currency currency, QuoteVersion version) {

    /** Validates: the version must be priced in the quote's currency. */
    public QuoteSnapshot {
        Checks.nonNull(quote, "quote");
        Checks.nonNull(buyer, "buyer");
        Checks.nonNull(currency, "currency");
        Checks.nonNull(version, "version");
        Checks.argument(version.priced().currency().equals(currency), "quote " + quote + " version " + version.number()
                + " is priced in " + version.priced().currency() + " but the quote is in " + currency);
    }

    /** The current version of {@code quote}. */
    public static QuoteSnapshot of(Quote quote) {
        Checks.nonNull(quote, "quote");
        return new QuoteSnapshot(quote.id(), quote.buyer(), quote.currency(), quote.current());
    }

    /** Version {@code number} of {@code quote}. */
    public static QuoteSnapshot of(Quote quote, int number) {
        Checks.nonNull(quote, "quote");
        return new QuoteSnapshot(quote.id(), quote.buyer(), quote.currency(), quote.versionNumber(number));
    }

    /** The version's number. */
    public int number() {
        return version.number();
    }
}
