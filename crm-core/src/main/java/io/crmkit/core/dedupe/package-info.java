/**
 * Duplicate detection and merge: weighted, configurable {@linkplain io.crmkit.core.dedupe.MatchConfig matching
 * rules} (e-mail, company e-mail domain, phone, fuzzy person and company names in Latin and CJK scripts), a
 * {@linkplain io.crmkit.core.dedupe.DuplicateScan blocked batch scan} that clusters duplicates, the
 * {@linkplain io.crmkit.core.dedupe.CapturePolicy per-channel capture policy}, and the
 * {@linkplain io.crmkit.core.dedupe.LeadMerge merge} with its {@linkplain io.crmkit.core.dedupe.MasterPolicy master
 * policy} and {@linkplain io.crmkit.core.dedupe.Survivorship survivorship rules}. Pure functions; the use case that
 * stores merges is {@code io.crmkit.core.usecase.DuplicateService}.
 */
package io.crmkit.core.dedupe;
