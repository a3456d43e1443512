package io.crmkit.core.dedupe;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.CountryCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class MatcherTest {

    private static final Matcher MATCHER = Matcher.of(MatchConfig.ofDefaults());
    private static int serial;

    private static Lead lead(NewLead.Builder b) {
        return Lead.capture(LeadId.newId(), b.build(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(serial++)).aggregate();
    }

    @Test
    void jaroWinklerMatchesTheTextbookValues() {
        assertEquals(0.961, JaroWinkler.similarity("martha", "marhta"), 0.001);
        assertEquals(0.840, JaroWinkler.similarity("dwayne", "duane"), 0.001);
        assertEquals(0.813, JaroWinkler.similarity("dixon", "dicksonx"), 0.001);
        assertEquals(0.0, JaroWinkler.similarity("abc", "xyz"));
        assertEquals(0.7, JaroWinkler.similarity("张伟", "张玮"), 0.001);
    }

    @Test
    void legalSuffixesCaseAndSpacingDoNotMatterForCompanies() {
        Names names = MatchConfig.ofDefaults().names();
        assertEquals(List.of("analytical", "engines"), names.companyTokens("  ANALYTICAL   Engines Co., Ltd. "));
        assertEquals(List.of("frequency", "hopping"), names.companyTokens("Frequency Hopping GmbH & Co. KG"));
        assertEquals(List.of("radium", "instruments"), names.companyTokens("Radium Instruments S.A.R.L."));
        assertEquals(List.of("深圳华星科技"), names.companyTokens("深圳华星科技股份有限公司"));
        assertEquals(List.of("深圳华星科技"), names.companyTokens("深圳华星科技有限责任公司"));
        assertEquals(List.of("トヨタ"), names.companyTokens("株式会社トヨタ"));
        assertEquals(List.of("ｓａｋｕｒａ").size(), names.companyTokens("ＳＡＫＵＲＡ Ltd").size(), "full-width folds by NFKC");
        assertEquals(List.of("sakura"), names.companyTokens("ＳＡＫＵＲＡ Ltd"));
        assertEquals(List.of("limited"), names.companyTokens("Limited"), "a name that is only a suffix is kept");
    }

    @Test
    void anAmpersandAndASpelledOutAndAreTheSameCompany() {
        Names names = MatchConfig.ofDefaults().names();
        assertEquals(List.of("procter", "gamble"), names.companyTokens("Procter & Gamble Co."));
        assertEquals(List.of("procter", "gamble"), names.companyTokens("Procter and Gamble"));
        assertEquals(List.of("boehringer", "ingelheim"), names.companyTokens("Boehringer und Ingelheim GmbH"));
        assertEquals(List.of("and", "partners"), names.companyTokens("And Partners Ltd"), "a leading word is kept");
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace").company("Procter & Gamble Co."));
        Lead b = lead(NewLead.from(SourceChannel.EVENT).person("Ada", "Lovelace").company("Procter and Gamble"));
        Match m = MATCHER.compare(a, b);
        assertTrue(m.evidence().stream().anyMatch(e -> e.rule() == MatchRule.COMPANY_NAME && e.similarity() == 1.0),
                m.evidence().toString());
    }

    @Test
    void samePersonWithTypoSwappedNamesAndOtherLegalFormIsSame() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("Katherine", "Johnson").company("Orbital Mechanics LLC")
                .email("k.johnson@orbital.example"));
        Lead b = lead(NewLead.from(SourceChannel.EVENT).person("Johnson", "Katherin").company("ORBITAL MECHANICS L.L.C.")
                .phone("+1 415 555 2671", CountryCode.of("US")));
        Match m = MATCHER.compare(a, b);
        assertEquals(Verdict.SAME, m.verdict(), m.evidence().toString());
        assertTrue(m.evidence().stream().anyMatch(e -> e.rule() == MatchRule.COMPANY_NAME && e.similarity() == 1.0));
    }

    @Test
    void cjkNameTypedInOneFieldMatchesTheSplitName() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("伟", "黄").company("深圳华星科技有限公司"));
        Lead b = lead(NewLead.from(SourceChannel.IMPORT).person("", "黄伟").company("深圳华星科技股份有限公司")
                .phone("13800138000", CountryCode.of("CN")));
        Match m = MATCHER.compare(a, b);
        assertEquals(Verdict.SAME, m.verdict(), m.evidence().toString());
        assertEquals(1.0, m.score(), 1e-9);
    }

    @Test
    void colleaguesAtOneCompanyAreNotTheSame() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("Barbara", "Gonzalez").company("Quantum Materials Ltd")
                .email("barbara.gonzalez@quantum.example"));
        Lead b = lead(NewLead.from(SourceChannel.WEB_FORM).person("Mary", "Gonzalez").company("Quantum Materials Limited")
                .email("mary.gonzalez@quantum.example"));
        assertEquals(Verdict.DIFFERENT, MATCHER.compare(a, b).verdict(), MATCHER.compare(a, b).evidence().toString());
        Lead c = lead(NewLead.from(SourceChannel.WEB_FORM).person("王", "芳").company("北京华星科技有限公司"));
        Lead d = lead(NewLead.from(SourceChannel.WEB_FORM).person("王", "娜").company("北京华星科技有限公司"));
        assertTrue(MATCHER.compare(c, d).verdict() != Verdict.SAME, MATCHER.compare(c, d).evidence().toString());
    }

    @Test
    void freeMailDomainsSayNothingAboutTheCompanyAndHostsCanAddTheirOwn() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("Ann", "Lee").email("ann@gmail.com"));
        Lead b = lead(NewLead.from(SourceChannel.WEB_FORM).person("Bob", "Kay").email("bob@gmail.com"));
        assertTrue(MATCHER.compare(a, b).evidence().stream().noneMatch(e -> e.rule() == MatchRule.EMAIL_DOMAIN));
        Lead c = lead(NewLead.from(SourceChannel.WEB_FORM).person("Ann", "Lee").email("ann@mail.regional.example"));
        Lead d = lead(NewLead.from(SourceChannel.WEB_FORM).person("Bob", "Kay").email("bob@mail.regional.example"));
        assertTrue(MATCHER.compare(c, d).evidence().stream().anyMatch(e -> e.rule() == MatchRule.EMAIL_DOMAIN));
        Matcher custom = Matcher.of(MatchConfig.custom().freeMailDomains("Mail.Regional.Example").build());
        assertTrue(custom.compare(c, d).evidence().stream().noneMatch(e -> e.rule() == MatchRule.EMAIL_DOMAIN));
        assertTrue(MatchConfig.ofDefaults().isFreeMail("QQ.com") && MatchConfig.ofDefaults().isFreeMail("163.com"));
    }

    @Test
    void gmailDotsAndPlusTagsAreTheSameAddress() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("Grace", "Hopper").email("grace.hopper@gmail.com"));
        Lead b = lead(NewLead.from(SourceChannel.WEB_FORM).person("Grace", "Hopper").email("GraceHopper+crm@googlemail.com"));
        assertEquals(Verdict.SAME, MATCHER.compare(a, b).verdict());
    }

    @Test
    void aCommonNameAloneIsNeverSame() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("James", "Smith").email("james@one.example"));
        Lead b = lead(NewLead.from(SourceChannel.WEB_FORM).person("James", "Smith").phone("+14155552671", CountryCode.of("US")));
        assertEquals(Verdict.MAYBE, MATCHER.compare(a, b).verdict());
    }

    @Test
    void badConfigurationIsRejectedNamingTheValue() {
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> MatchConfig.custom().thresholds(0.5, 0.7));
        assertTrue(t.getMessage().contains("same=0.5"), t.getMessage());
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
                () -> MatchConfig.custom().rule(MatchRule.PHONE, -1, 0));
        assertTrue(w.getMessage().contains("PHONE agreement weight") && w.getMessage().contains("-1"), w.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> MatchConfig.custom().freeMailDomains("not a domain"));
        assertTrue(d.getMessage().contains("'not a domain'"), d.getMessage());
        assertThrows(IllegalStateException.class, () -> {
            MatchConfig.Builder b = MatchConfig.custom();
            for (MatchRule r : MatchRule.values()) b.rule(r, 0, 0);
            b.build();
        });
    }

    @Test
    void scanComparesFarFewerPairsThanAllPairsAndClustersTransitively() {
        Lead a = lead(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace").email("ada@analytical.example").company("Analytical Engines Ltd"));
        Lead b = lead(NewLead.from(SourceChannel.WEB_FORM).person("ADA", "LOVELACE").email("ada@analytical.example"));
        Lead c = lead(NewLead.from(SourceChannel.WEB_FORM).person("Lovelace", "Ada").company("Analytical Engines Limited")
                .phone("+442071234567", CountryCode.of("GB")));
        Lead d = lead(NewLead.from(SourceChannel.WEB_FORM).person("Grace", "Hopper").email("grace@cobol.example"));
        ScanResult r = DuplicateScan.using(MATCHER).scan(List.of(d, c, b, a));
        assertEquals(1, r.clusters().size());
        assertEquals(3, r.clusters().get(0).members().size());
        assertTrue(r.comparisons() <= 3, "d shares no key with the others: " + r.comparisons());
    }
}
