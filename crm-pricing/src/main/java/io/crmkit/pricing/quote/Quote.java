package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.TransitionTable;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.waterfall.Buyer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.crmkit.pricing.quote.QuoteStatus.ACCEPTED;
import static io.crmkit.pricing.quote.QuoteStatus.APPROVED;
import static io.crmkit.pricing.quote.QuoteStatus.DRAFT;
import static io.crmkit.pricing.quote.QuoteStatus.EXPIRED;
import static io.crmkit.pricing.quote.QuoteStatus.IN_REVIEW;
import static io.crmkit.pricing.quote.QuoteStatus.PRESENTED;
import static io.crmkit.pricing.quote.QuoteStatus.REJECTED;

/**
 * A quote: a buyer, a currency and its versions, the last of which is current. Immutable; every command returns the
 * new quote and its events.
 * <pre>
 * DRAFT -> IN_REVIEW -> APPROVED -> PRESENTED -> ACCEPTED | REJECTED
 *   |          |  (approvers said no: back to DRAFT)    any open status -> EXPIRED after its validity
 *   +-> APPROVED directly when nothing needs approval
 * </pre>
 * A draft's lines may be {@link #edit edited}; once submitted, a version is frozen and changes need
 * {@link #revise}, which keeps every earlier version and starts a new draft version. An accepted quote cannot be
 * revised. Each version records the promotion codes it was priced with; editing or revising without giving codes
 * keeps the current version's codes. {@link #version()} is the storage version for optimistic locking, not a quote version.
 *
 * @param id       the quote's id
 * @param version  the storage version (0 if never stored)
 * @param buyer    who the quote is for
 * @param currency its currency
 * @param status   where the current version is in the lifecycle
 * @param versions every version, oldest first
 */
public record Quote(QuoteId id, long version, Buyer buyer, Currency currency, QuoteStatus status, List<QuoteVersion> versions)
        implements Aggregate<QuoteId> {

    /** The moves the lifecycle allows (revisions aside). */
    public static final TransitionTable<QuoteStatus> LIFECYCLE = TransitionTable.of(QuoteStatus.class)
            .allow(DRAFT, IN_REVIEW, APPROVED, EXPIRED)
            .allow(IN_REVIEW, APPROVED, DRAFT, EXPIRED)
            .allow(APPROVED, PRESENTED, EXPIRED)
            .allow(PRESENTED, ACCEPTED, REJECTED, EXPIRED)
            .build();

    private static final Set<QuoteStatus> REVISABLE = EnumSet.of(IN_REVIEW, APPROVED, PRESENTED, REJECTED, EXPIRED);

    /** Validates. */
    public Quote {
        Checks.nonNull(id, "id");
        Checks.nonNegative(version, "version");
        Checks.nonNull(buyer, "buyer");
        Checks.nonNull(currency, "currency");
        Checks.nonNull(status, "status");
        versions = Checks.listOf(versions, "versions");
        Checks.argument(!versions.isEmpty(), "quote " + id + " needs at least one version");
        for (int i = 0; i < versions.size(); i++) {
            Checks.argument(versions.get(i).number() == i + 1, "quote " + id + " version " + (i + 1) + " is numbered " + versions.get(i).number());
            Checks.argument(versions.get(i).priced().currency().equals(currency), "quote " + id + " version " + (i + 1)
                    + " is priced in " + versions.get(i).priced().currency() + " but the quote is in " + currency);
        }
    }

    /** Drafts a quote without promotion codes, pricing its first version. */
    public static Changed<Quote> draft(QuoteId id, Buyer buyer, Currency currency, LocalDate pricingDate, LocalDate validUntil,
                                       List<QuoteLine> lines, QuotePricer pricer, Instant at) {
        return draft(id, buyer, currency, pricingDate, validUntil, lines, List.of(), pricer, at);
    }

    /**
     * Drafts a quote, pricing its first version with the buyer's {@code promotionCodes} as
     * {@link QuotePricer#price(Buyer, Currency, LocalDate, List, List)} does: each code that applies adds a
     * {@code promotion:CODE} step to the lines' waterfalls; one that is unknown or not running changes no price and is
     * a warning of the priced quote. The version records the codes (see {@link QuoteVersion}).
     *
     * @throws IllegalArgumentException for bad lines, or a blank, malformed or repeated code
     */
    public static Changed<Quote> draft(QuoteId id, Buyer buyer, Currency currency, LocalDate pricingDate, LocalDate validUntil,
                                       List<QuoteLine> lines, List<String> promotionCodes, QuotePricer pricer, Instant at) {
        QuoteVersion first = priced(1, buyer, currency, pricingDate, validUntil, lines, promotionCodes, pricer, at);
        Quote quote = new Quote(id, 0, buyer, currency, DRAFT, List.of(first));
        return Changed.of(quote, new QuoteDrafted(id, 1, first.priced().totals().grandTotal(), at));
    }

    private static QuoteVersion priced(int number, Buyer buyer, Currency currency, LocalDate pricingDate, LocalDate validUntil,
                                       List<QuoteLine> lines, List<String> promotionCodes, QuotePricer pricer, Instant at) {
        Checks.nonNull(pricer, "pricer");
        Checks.nonNull(at, "at");
        List<String> codes = QuoteVersion.promotionCodes(promotionCodes);
        PricedQuote priced = pricer.price(buyer, currency, Checks.nonNull(pricingDate, "pricingDate"), Checks.listOf(lines, "lines"), codes);
        return new QuoteVersion(number, pricingDate, validUntil, lines, codes, priced, at);
    }

    /** The current version. */
    public QuoteVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** The version numbered {@code number}. */
    public QuoteVersion versionNumber(int number) {
        Checks.argument(number >= 1 && number <= versions.size(), "quote " + id + " has versions 1 to " + versions.size() + ", not " + number);
        return versions.get(number - 1);
    }

    /** Replaces the lines of the current draft and prices them again with the draft's promotion codes. */
    public Changed<Quote> edit(List<QuoteLine> lines, LocalDate pricingDate, LocalDate validUntil, QuotePricer pricer, Instant at) {
        return edit(lines, current().promotionCodes(), pricingDate, validUntil, pricer, at);
    }

    /**
     * Replaces the lines and the promotion codes of the current draft and prices them again (see
     * {@link #draft(QuoteId, Buyer, Currency, LocalDate, LocalDate, List, List, QuotePricer, Instant) draft}); an empty
     * list removes every code.
     */
    public Changed<Quote> edit(List<QuoteLine> lines, List<String> promotionCodes, LocalDate pricingDate, LocalDate validUntil,
                               QuotePricer pricer, Instant at) {
        if (status != DRAFT) {
            throw new IllegalStateException("quote " + id + " is " + status + ": only a draft may be edited, revise it instead");
        }
        QuoteVersion edited = priced(current().number(), buyer, currency, pricingDate, validUntil, lines, promotionCodes, pricer, at);
        List<QuoteVersion> next = new ArrayList<>(versions.subList(0, versions.size() - 1));
        next.add(edited);
        return Changed.of(new Quote(id, version, buyer, currency, DRAFT, next),
                new QuoteEdited(id, edited.number(), edited.priced().totals().grandTotal(), at));
    }

    /** Submits the draft: to review if {@code approvalRequired}, otherwise straight to approved. */
    public Changed<Quote> submit(boolean approvalRequired, Instant at) {
        return move(DRAFT, approvalRequired ? IN_REVIEW : APPROVED, at);
    }

    /** The approvers approved it. */
    public Changed<Quote> approve(Instant at) {
        return move(IN_REVIEW, APPROVED, at);
    }

    /** The approvers said no: back to draft so the seller can change it. */
    public Changed<Quote> returnToDraft(Instant at) {
        return move(IN_REVIEW, DRAFT, at);
    }

    /** Sent to the customer. */
    public Changed<Quote> present(Instant at) {
        return move(APPROVED, PRESENTED, at);
    }

    /**
     * The customer accepted it on {@code today}.
     *
     * @throws IllegalStateException if {@code today} is after the current version's validity
     */
    public Changed<Quote> accept(LocalDate today, Instant at) {
        Checks.nonNull(today, "today");
        if (today.isAfter(current().validUntil())) {
            throw new IllegalStateException("quote " + id + " was valid until " + current().validUntil() + " and cannot be accepted on " + today
                    + "; expire and revise it");
        }
        return move(PRESENTED, ACCEPTED, at);
    }

    /** The customer turned it down. */
    public Changed<Quote> reject(Instant at) {
        return move(PRESENTED, REJECTED, at);
    }

    /**
     * Expires the quote if {@code today} is after its validity; nothing changes otherwise.
     */
    public Changed<Quote> expireIfDue(LocalDate today, Instant at) {
        Checks.nonNull(today, "today");
        if (!today.isAfter(current().validUntil()) || !LIFECYCLE.allows(status, EXPIRED)) {
            return Changed.none(this);
        }
        return move(status, EXPIRED, at);
    }

    /**
     * Starts a new draft version with {@code lines}, priced with the current version's promotion codes; every earlier
     * version is kept as it was.
     */
    public Changed<Quote> revise(List<QuoteLine> lines, LocalDate pricingDate, LocalDate validUntil, QuotePricer pricer, Instant at) {
        return revise(lines, current().promotionCodes(), pricingDate, validUntil, pricer, at);
    }

    /**
     * Starts a new draft version with {@code lines} and {@code promotionCodes} (an empty list removes every code),
     * priced as {@link #draft(QuoteId, Buyer, Currency, LocalDate, LocalDate, List, List, QuotePricer, Instant) draft}
     * prices; every earlier version is kept as it was.
     */
    public Changed<Quote> revise(List<QuoteLine> lines, List<String> promotionCodes, LocalDate pricingDate, LocalDate validUntil,
                                 QuotePricer pricer, Instant at) {
        if (!REVISABLE.contains(status)) {
            throw new IllegalStateException("quote " + id + " is " + status + ": "
                    + (status == DRAFT ? "edit the draft instead of revising it" : "an accepted quote cannot be revised"));
        }
        QuoteVersion next = priced(current().number() + 1, buyer, currency, pricingDate, validUntil, lines, promotionCodes, pricer, at);
        List<QuoteVersion> all = new ArrayList<>(versions);
        all.add(next);
        return Changed.of(new Quote(id, version, buyer, currency, DRAFT, all),
                new QuoteRevised(id, next.number(), current().number(), status, next.priced().totals().grandTotal(), at));
    }

    /** This quote as stored at {@code storedVersion}. */
    public Quote withVersion(long storedVersion) {
        return new Quote(id, storedVersion, buyer, currency, status, versions);
    }

    private Changed<Quote> move(QuoteStatus expected, QuoteStatus to, Instant at) {
        Checks.nonNull(at, "at");
        LIFECYCLE.require("quote " + id, status, to);
        if (status != expected) {
            throw new io.crmkit.core.shared.IllegalTransitionException("quote " + id, status, to);
        }
        return Changed.of(new Quote(id, version, buyer, currency, to, versions),
                new QuoteStatusChanged(id, current().number(), status, to, at));
    }
}
