package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Money;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Ready-made {@link QualificationPolicy qualification policies}, BANT-style:
 * <pre>{@code
 * QualificationPolicy bant = QualificationPolicies.budgetAtLeast(Money.of("10000", "EUR"))
 *     .and(QualificationPolicies.authority())
 *     .and(QualificationPolicies.needStated())
 *     .and(QualificationPolicies.timelineWithin(Period.ofMonths(6)));
 * }</pre>
 */
public final class QualificationPolicies {

    private QualificationPolicies() {
    }

    /** Qualifies every lead. */
    public static QualificationPolicy none() {
        return (lead, today) -> List.of();
    }

    /**
     * Budget: a budget is known, in the minimum's currency, and at least {@code minimum}. A budget in another currency
     * fails with a reason that names both currencies (crm-core has no exchange rates; convert budgets before
     * qualifying, or compose one policy per currency).
     */
    public static QualificationPolicy budgetAtLeast(Money minimum) {
        Require.nonNull(minimum, "minimum");
        return (lead, today) -> lead.bant().budget()
                .map(budget -> {
                    if (!budget.currency().equals(minimum.currency())) {
                        return List.of(Disqualification.of(DisqualificationReason.NO_BUDGET, "budget " + budget
                                + " is not in " + minimum.currency().getCurrencyCode() + ", the currency of the minimum of " + minimum));
                    }
                    return budget.isLessThan(minimum)
                            ? List.of(Disqualification.of(DisqualificationReason.NO_BUDGET,
                            "budget " + budget + " is below the minimum of " + minimum))
                            : List.<Disqualification>of();
                })
                .orElse(List.of(Disqualification.of(DisqualificationReason.NO_BUDGET, "budget is unknown")));
    }

    /** Authority: the person is an economic buyer or a decision maker. */
    public static QualificationPolicy authority() {
        return (lead, today) -> lead.bant().authority()
                .map(role -> role.hasAuthority() ? List.<Disqualification>of()
                        : List.of(Disqualification.of(DisqualificationReason.NO_AUTHORITY,
                        "contact is " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", not a decision maker")))
                .orElse(List.of(Disqualification.of(DisqualificationReason.NO_AUTHORITY, "decision role is unknown")));
    }

    /** Need: a need has been stated. */
    public static QualificationPolicy needStated() {
        return (lead, today) -> lead.bant().need().isPresent() ? List.of()
                : List.of(Disqualification.of(DisqualificationReason.NO_NEED, "no need has been stated"));
    }

    /** Timeline: they intend to buy within {@code horizon} of today (and not in the past). */
    public static QualificationPolicy timelineWithin(Period horizon) {
        Require.nonNull(horizon, "horizon");
        Require.argument(!horizon.isNegative() && !horizon.isZero(), "horizon must be positive but was " + horizon);
        return (lead, today) -> lead.bant().timeline()
                .map(date -> date.isBefore(today) || date.isAfter(today.plus(horizon))
                        ? List.of(Disqualification.of(DisqualificationReason.BAD_TIMING,
                        "purchase date " + date + " is not between " + today + " and " + today.plus(horizon)))
                        : List.<Disqualification>of())
                .orElse(List.of(Disqualification.of(DisqualificationReason.BAD_TIMING, "purchase timeline is unknown")));
    }

    /** All four BANT checks. */
    public static QualificationPolicy bant(Money minimumBudget, Period horizon) {
        return budgetAtLeast(minimumBudget).and(authority()).and(needStated()).and(timelineWithin(horizon));
    }

    /** Rejects leads whose email domain is one of {@code domains} (competitors, for example). */
    public static QualificationPolicy excludeEmailDomains(Set<String> domains, DisqualificationReason reason) {
        Set<String> normalised = Require.nonNull(domains, "domains").stream()
                .map(d -> Require.nonBlank(d, "domain").toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Require.nonNull(reason, "reason");
        return (lead, today) -> lead.email().filter(e -> normalised.contains(e.domain()))
                .map(e -> List.of(Disqualification.of(reason, "email domain " + e.domain() + " is excluded")))
                .orElse(List.of());
    }

    /** A custom rule: fails with {@code reason} and {@code detail} when {@code passes} is false. */
    public static QualificationPolicy rule(DisqualificationReason reason, String detail, Predicate<Lead> passes) {
        Disqualification failure = Disqualification.of(reason, detail);
        Require.nonNull(passes, "passes");
        return (lead, today) -> passes.test(lead) ? List.of() : List.of(failure);
    }
}
