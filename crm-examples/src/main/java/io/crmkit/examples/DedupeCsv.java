package io.crmkit.examples;

import io.crmkit.core.lead.ConvertedTo;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.lead.Bant;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.Tags;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads leads to deduplicate from a CSV file (comma separated, RFC 4180 quoting as in {@link LeadCsv}, UTF-8, header
 * row). Columns: {@code id} (required, unique), {@code first_name}, {@code last_name} (one of them non-empty),
 * {@code email}, {@code phone} (E.164, or national for the row's {@code country} or the default region),
 * {@code company}, {@code country}, {@code status}, {@code captured_at}, {@code channel}, {@code score}. Every problem
 * of every row is reported with its line, field and value.
 */
final class DedupeCsv {

    static final Set<String> COLUMNS = Set.of("id", "first_name", "last_name", "email", "phone", "company", "country",
            "status", "captured_at", "channel", "score");
    private static final Instant DEFAULT_CAPTURED = Instant.parse("2026-01-01T00:00:00Z");

    /** A lead read from a row. */
    record Row(int line, String id, Lead lead, double score) {
    }

    /** What was read, and every problem found as {@code "line N: field 'f' value 'v': why"}. */
    record Result(List<Row> rows, List<String> problems, Map<LeadId, Row> byLead) {

        Lead lead(LeadId id) {
            return byLead.get(id).lead();
        }

        String rowId(LeadId id) {
            return byLead.get(id).id();
        }

        double score(LeadId id) {
            return byLead.get(id).score();
        }
    }

    private DedupeCsv() {
    }

    /**
     * Reads {@code file}; national phone numbers without a {@code country} are read for {@code defaultRegion}.
     *
     * @throws IllegalArgumentException naming the file if it cannot be read as a lead CSV at all (missing, not UTF-8,
     *                                  no header, no id column, duplicate or unknown columns, a bad default region)
     */
    static Result read(Path file, String defaultRegion) {
        CountryCode region;
        try {
            region = CountryCode.of(defaultRegion);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--region: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> records = LeadCsv.records(text);
        if (records.isEmpty() || records.get(0).isBlank()) {
            throw new IllegalArgumentException(file + " has no header row; the first line must name the columns, with an 'id' column");
        }
        List<String> header;
        try {
            header = LeadCsv.fields(records.get(0).startsWith("\uFEFF") ? records.get(0).substring(1) : records.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line 1: " + e.getMessage(), e);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new IllegalArgumentException(file + " line 1: unknown column '" + header.get(c).strip()
                        + "'; the columns are " + new java.util.TreeSet<>(COLUMNS));
            }
            if (columns.put(name, c) != null) {
                throw new IllegalArgumentException(file + " line 1: column '" + name + "' appears twice");
            }
        }
        if (!columns.containsKey("id")) {
            throw new IllegalArgumentException(file + " line 1: there is no 'id' column (columns: " + header + ")");
        }
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<LeadId, Row> byLead = new HashMap<>();
        int line = 1;
        for (int i = 1; i < records.size(); i++) {
            line += 1 + (int) records.get(i - 1).chars().filter(ch -> ch == '\n').count();
            if (records.get(i).isBlank()) {
                continue;
            }
            List<String> cells;
            try {
                cells = LeadCsv.fields(records.get(i));
            } catch (IllegalArgumentException e) {
                problems.add("line " + line + ": " + e.getMessage());
                continue;
            }
            if (cells.size() != header.size()) {
                problems.add("line " + line + ": expected " + header.size() + " fields but found " + cells.size());
                continue;
            }
            RowReader r = new RowReader(line, cells, columns, problems);
            String id = r.text("id");
            if (id.isEmpty()) {
                r.problem("id", id, "must not be empty");
            } else if (seen.containsKey(id)) {
                r.problem("id", id, "appears twice (first on line " + seen.get(id) + ")");
            } else {
                seen.put(id, line);
            }
            Optional<Row> row = r.row(id, region);
            row.ifPresent(rw -> {
                rows.add(rw);
                byLead.put(rw.lead().id(), rw);
            });
        }
        return new Result(List.copyOf(rows), List.copyOf(problems), Map.copyOf(byLead));
    }

    /** Reads the fields of one row, collecting a problem per bad field. */
    private static final class RowReader {
        private final int line;
        private final List<String> cells;
        private final Map<String, Integer> columns;
        private final List<String> problems;
        private final int before;

        RowReader(int line, List<String> cells, Map<String, Integer> columns, List<String> problems) {
            this.line = line;
            this.cells = cells;
            this.columns = columns;
            this.problems = problems;
            this.before = problems.size();
        }

        String text(String column) {
            Integer c = columns.get(column);
            return c == null ? "" : cells.get(c).strip();
        }

        void problem(String field, String value, String why) {
            problems.add("line " + line + ": field '" + field + "' value '" + value + "' " + why);
        }

        Optional<Row> row(String id, CountryCode defaultRegion) {
            PersonName person = null;
            try {
                person = PersonName.of(text("first_name"), text("last_name"));
            } catch (IllegalArgumentException e) {
                problem("first_name/last_name", text("first_name") + " " + text("last_name"), "is invalid: " + e.getMessage());
            }
            Optional<EmailAddress> email = Optional.empty();
            if (!text("email").isEmpty()) {
                try {
                    email = Optional.of(EmailAddress.of(text("email")));
                } catch (IllegalArgumentException e) {
                    problem("email", text("email"), "is invalid: " + e.getMessage());
                }
            }
            CountryCode region = defaultRegion;
            if (!text("country").isEmpty()) {
                try {
                    region = CountryCode.of(text("country"));
                } catch (IllegalArgumentException e) {
                    problem("country", text("country"), "is invalid: " + e.getMessage());
                }
            }
            Optional<PhoneNumber> phone = Optional.empty();
            if (!text("phone").isEmpty()) {
                try {
                    phone = Optional.of(PhoneNumber.parse(text("phone"), region));
                } catch (IllegalArgumentException e) {
                    problem("phone", text("phone"), "is invalid: " + e.getMessage());
                }
            }
            Optional<String> company = Optional.of(text("company")).filter(s -> !s.isEmpty());
            if (company.isPresent() && company.get().length() > 200) {
                problem("company", company.get().substring(0, 40) + "...", "is longer than 200 characters");
            }
            LeadStatus status = LeadStatus.NEW;
            if (!text("status").isEmpty()) {
                try {
                    status = LeadStatus.valueOf(text("status").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problem("status", text("status"), "is not one of " + List.of(LeadStatus.values()));
                }
            }
            SourceChannel channel = SourceChannel.IMPORT;
            if (!text("channel").isEmpty()) {
                try {
                    channel = SourceChannel.valueOf(text("channel").toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    problem("channel", text("channel"), "is not one of " + List.of(SourceChannel.values()));
                }
            }
            Instant captured = DEFAULT_CAPTURED;
            if (!text("captured_at").isEmpty()) {
                try {
                    captured = Instant.parse(text("captured_at"));
                } catch (DateTimeParseException e) {
                    problem("captured_at", text("captured_at"), "is not an ISO-8601 instant such as 2026-05-30T10:00:00Z");
                }
            }
            double score = 0;
            if (!text("score").isEmpty()) {
                try {
                    score = Double.parseDouble(text("score"));
                    if (!(score >= 0 && score <= 1)) {
                        problem("score", text("score"), "must be a number in [0,1]");
                    }
                } catch (NumberFormatException e) {
                    problem("score", text("score"), "must be a number in [0,1]");
                }
            }
            if (person != null && email.isEmpty() && phone.isEmpty() && company.isEmpty() && problems.size() == before) {
                problem("email/phone/company", "", "are all empty; a lead needs at least one of them");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            LeadId leadId = new LeadId(UUID.nameUUIDFromBytes(("lead:" + id).getBytes(StandardCharsets.UTF_8)));
            List<Disqualification> reasons = status == LeadStatus.DISQUALIFIED
                    ? List.of(Disqualification.of(DisqualificationReason.OTHER, "disqualified in the source file")) : List.of();
            Optional<ConvertedTo> converted = status == LeadStatus.CONVERTED
                    ? Optional.of(new ConvertedTo(new AccountId(uuid("account:" + id)), new ContactId(uuid("contact:" + id)),
                    Optional.<OpportunityId>empty())) : Optional.empty();
            Lead lead = new Lead(leadId, 0, status, channel, person, email, phone, Optional.empty(), company,
                    CompanyProfile.empty(), Bant.unknown(), Optional.empty(), Tags.empty(), reasons, converted, captured, captured);
            return Optional.of(new Row(line, id, lead, score));
        }

        private static UUID uuid(String name) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
    }
}
