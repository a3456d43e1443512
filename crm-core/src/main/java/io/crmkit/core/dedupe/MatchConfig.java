package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How leads are matched: the weight of each {@link MatchRule} when its values agree and when they differ, the score
 * thresholds of {@link Verdict#SAME} and {@link Verdict#MAYBE}, the free-mail domains whose e-mail domain says
 * nothing about the company, and the legal suffixes dropped from company names. Immutable.
 *
 * <p>The score of two leads is {@code sum(weight * similarity) / sum(weight)} over the rules that apply (both leads
 * have the field); a rule uses its disagreement weight when its similarity is 0, so a second e-mail address or
 * phone weighs less against a match than a shared one weighs for it. A score reaches SAME only with evidence from
 * at least two rules: a name alone is never enough.
 *
 * <pre>{@code
 * MatchConfig config = MatchConfig.custom()
 *     .rule(MatchRule.PHONE, 0.4, 0.05)
 *     .thresholds(0.9, 0.7)
 *     .freeMailDomains("mail.example")
 *     .build();
 * }</pre>
 */
public final class MatchConfig {

    /** The free-mail providers built in (a host adds its own with {@link Builder#freeMailDomains}). */
    public static final Set<String> FREE_MAIL_DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.de", "hotmail.fr",
            "live.com", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.jp", "yahoo.de", "yahoo.fr", "ymail.com",
            "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me", "gmx.de", "gmx.net",
            "gmx.com", "gmx.at", "web.de", "t-online.de", "freenet.de", "mail.ru", "yandex.ru", "yandex.com",
            "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
            "aliyun.com", "139.com", "naver.com", "daum.net", "hanmail.net", "orange.fr", "free.fr", "laposte.net",
            "libero.it", "zoho.com", "mail.com", "fastmail.com", "tutanota.com", "seznam.cz", "wp.pl", "o2.pl");

    /** The legal suffixes built in (a host adds its own with {@link Builder#legalSuffixes}). */
    public static final Set<String> LEGAL_SUFFIXES = Set.of(
            "Inc", "Incorporated", "Ltd", "Limited", "LLC", "LLP", "LP", "GmbH", "mbH", "AG", "KG", "KGaA", "UG", "eG",
            "SA", "SAS", "SARL", "SpA", "Srl", "BV", "NV", "Co", "Company", "Corp", "Corporation", "plc", "Pty",
            "Pvt", "AB", "AS", "ASA", "Oy", "Oyj", "ApS", "KK", "SE", "Sdn Bhd", "Bhd", "Holding", "Holdings", "Group",
            "有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "股份公司", "集团", "集團", "公司",
            "株式会社", "有限会社", "合同会社", "주식회사", "유한회사");

    private static final MatchConfig DEFAULTS = custom().build();

    private final Map<MatchRule, double[]> weights;
    private final double same;
    private final double maybe;
    private final Set<String> freeMail;
    private final Set<String> legalSuffixes;
    private final Names names;

    private MatchConfig(Builder b) {
        this.weights = new EnumMap<>(b.weights);
        this.same = b.same;
        this.maybe = b.maybe;
        this.freeMail = Set.copyOf(b.freeMail);
        this.legalSuffixes = Set.copyOf(b.legalSuffixes);
        this.names = new Names(legalSuffixes);
    }

    /** The defaults: e-mail 0.40/0.10, phone 0.30/0.10, person name 0.35, company name 0.20, e-mail domain 0.10/0.05; SAME from 0.85, MAYBE from 0.65. */
    public static MatchConfig ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from {@code base}. */
    public static Builder from(MatchConfig base) {
        Require.nonNull(base, "base");
        Builder b = new Builder();
        b.weights.putAll(base.weights);
        b.same = base.same;
        b.maybe = base.maybe;
        b.freeMail.clear();
        b.freeMail.addAll(base.freeMail);
        b.legalSuffixes.clear();
        b.legalSuffixes.addAll(base.legalSuffixes);
        return b;
    }

    /** The weight of {@code rule} when its values agree (similarity above 0). */
    public double agreementWeight(MatchRule rule) {
        return weights.get(Require.nonNull(rule, "rule"))[0];
    }

    /** The weight of {@code rule} when its values differ (similarity 0). */
    public double disagreementWeight(MatchRule rule) {
        return weights.get(Require.nonNull(rule, "rule"))[1];
    }

    /** The lowest score that is {@link Verdict#SAME}. */
    public double sameThreshold() {
        return same;
    }

    /** The lowest score that is {@link Verdict#MAYBE}. */
    public double maybeThreshold() {
        return maybe;
    }

    /** True if {@code domain} (case ignored) is a free-mail provider's. */
    public boolean isFreeMail(String domain) {
        return freeMail.contains(Require.nonNull(domain, "domain").toLowerCase(Locale.ROOT));
    }

    /** The free-mail domains, lower-case. */
    public Set<String> freeMailDomains() {
        return freeMail;
    }

    /** The legal suffixes stripped from company names. */
    public Set<String> legalSuffixes() {
        return legalSuffixes;
    }

    Names names() {
        return names;
    }

    /** The verdict of {@code score}. */
    public Verdict verdictOf(double score) {
        return score >= same ? Verdict.SAME : score >= maybe ? Verdict.MAYBE : Verdict.DIFFERENT;
    }

    /** Builds a {@link MatchConfig}; each setter validates at once. */
    public static final class Builder {
        private final Map<MatchRule, double[]> weights = new EnumMap<>(MatchRule.class);
        private double same = 0.85;
        private double maybe = 0.65;
        private final Set<String> freeMail = new LinkedHashSet<>(FREE_MAIL_DOMAINS);
        private final Set<String> legalSuffixes = new LinkedHashSet<>(LEGAL_SUFFIXES);

        private Builder() {
            weights.put(MatchRule.EMAIL, new double[]{0.40, 0.10});
            weights.put(MatchRule.EMAIL_DOMAIN, new double[]{0.10, 0.05});
            weights.put(MatchRule.PHONE, new double[]{0.30, 0.10});
            weights.put(MatchRule.PERSON_NAME, new double[]{0.35, 0.35});
            weights.put(MatchRule.COMPANY_NAME, new double[]{0.20, 0.20});
        }

        /** The weights of {@code rule} when its values agree and when they differ; 0 and 0 switch it off. */
        public Builder rule(MatchRule rule, double agreementWeight, double disagreementWeight) {
            Require.nonNull(rule, "rule");
            weights.put(rule, new double[]{weight(rule, "agreement", agreementWeight),
                    weight(rule, "disagreement", disagreementWeight)});
            return this;
        }

        /** The thresholds: SAME from {@code sameFrom}, MAYBE from {@code maybeFrom}; {@code 0 < maybeFrom <= sameFrom <= 1}. */
        public Builder thresholds(double sameFrom, double maybeFrom) {
            if (!(maybeFrom > 0 && maybeFrom <= sameFrom && sameFrom <= 1)) {
                throw new IllegalArgumentException("thresholds must satisfy 0 < maybe <= same <= 1 but were same="
                        + sameFrom + ", maybe=" + maybeFrom);
            }
            this.same = sameFrom;
            this.maybe = maybeFrom;
            return this;
        }

        /** Adds free-mail domains (such as a regional provider) to the built-in ones. */
        public Builder freeMailDomains(String... domains) {
            for (String domain : Require.listOf(java.util.Arrays.asList(Require.nonNull(domains, "domains")), "domains")) {
                String d = Require.nonBlank(domain, "free-mail domain").strip().toLowerCase(Locale.ROOT);
                if (!d.contains(".") || d.startsWith(".") || d.endsWith(".") || d.contains("@") || d.contains(" ")) {
                    throw new IllegalArgumentException("free-mail domain must look like example.com but was '" + domain + "'");
                }
                freeMail.add(d);
            }
            return this;
        }

        /** Adds legal suffixes (such as {@code "Kft"} or {@code "有限合伙"}) to the built-in ones. */
        public Builder legalSuffixes(Collection<String> suffixes) {
            for (String suffix : Require.listOf(Require.nonNull(suffixes, "suffixes"), "suffixes")) {
                String s = Require.text(suffix, "legal suffix", 50);
                if (Names.tokens(s).isEmpty()) {
                    throw new IllegalArgumentException("legal suffix must contain a letter but was '" + suffix + "'");
                }
                legalSuffixes.add(s);
            }
            return this;
        }

        /** The configuration; at least one rule must have a positive agreement weight. */
        public MatchConfig build() {
            if (weights.values().stream().allMatch(w -> w[0] == 0)) {
                throw new IllegalStateException("at least one match rule needs a positive agreement weight");
            }
            return new MatchConfig(this);
        }

        private static double weight(MatchRule rule, String which, double value) {
            if (!(value >= 0 && value <= 100 && Double.isFinite(value))) {
                throw new IllegalArgumentException(rule + " " + which + " weight must be in [0,100] but was " + value);
            }
            return value;
        }
    }
}
