package io.crmkit.scoring.rules;

import io.crmkit.core.lead.Lead;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The standard attributes of a crm-core {@link Lead}, for rules to test: {@code source} (e.g. web_form),
 * {@code status}, {@code title}, {@code company}, {@code industry}, {@code size_band} (micro ... enterprise),
 * {@code region}, {@code country} (ISO code of the company address), {@code email_domain}, {@code has_phone},
 * {@code budget} (amount, a number), {@code budget_currency}, {@code authority} (decision role),
 * {@code has_need}, {@code tags}; plus any custom attributes the host passes.
 */
public final class LeadProfiles {

    private LeadProfiles() {
    }

    /** The profile of {@code lead}. */
    public static Profile of(Lead lead) {
        return of(lead, Map.of());
    }

    /**
     * The profile of {@code lead} with the host's {@code custom} attributes added (String, Number, Boolean or a
     * Collection of Strings); a custom attribute replaces a standard one of the same name.
     */
    public static Profile of(Lead lead, Map<String, ?> custom) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(custom, "custom");
        Profile.Builder p = Profile.builder()
                .text("source", lead.source().name())
                .text("status", lead.status().name())
                .flag("has_phone", lead.phone().isPresent())
                .flag("has_need", lead.bant().need().isPresent());
        lead.title().ifPresent(t -> p.text("title", t));
        lead.company().ifPresent(c -> p.text("company", c));
        lead.email().ifPresent(e -> p.text("email_domain", e.domain()));
        lead.companyProfile().industry().ifPresent(i -> p.text("industry", i));
        lead.companyProfile().sizeBand().ifPresent(s -> p.text("size_band", s.name()));
        lead.companyProfile().region().ifPresent(r -> p.text("region", r));
        lead.companyProfile().address().ifPresent(a -> p.text("country", a.country().alpha2()));
        lead.bant().budget().ifPresent(b -> p.number("budget", b.amount().doubleValue())
                .text("budget_currency", b.currency().getCurrencyCode()));
        lead.bant().authority().ifPresent(a -> p.text("authority", a.name().toLowerCase(Locale.ROOT)));
        if (!lead.tags().isEmpty()) {
            p.texts("tags", lead.tags().values());
        }
        custom.forEach((name, value) -> {
            if (value instanceof String s) {
                p.text(name, s);
            } else if (value instanceof Number n) {
                p.number(name, n.doubleValue());
            } else if (value instanceof Boolean b) {
                p.flag(name, b);
            } else if (value instanceof java.util.Collection<?> c) {
                p.texts(name, c.stream().map(x -> {
                    if (!(x instanceof String s)) {
                        throw new IllegalArgumentException("custom attribute " + name + " must hold strings but held " + x);
                    }
                    return s;
                }).toList());
            } else {
                throw new IllegalArgumentException("custom attribute " + name + " must be a String, Number, Boolean or Collection but was "
                        + (value == null ? "null" : value.getClass().getSimpleName()));
            }
        });
        return p.build();
    }
}
