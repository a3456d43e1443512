package io.crmkit.core.port;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default {@code saveAll} of a port that only implements {@code save}: checked first, then saved in order. */
final class DefaultSaveAllTest {

    /** A store with optimistic locking and no saveAll of its own. */
    private static final class MapLeads implements Leads {
        final Map<LeadId, Lead> rows = new LinkedHashMap<>();
        final List<LeadId> saves = new ArrayList<>();

        @Override
        public Optional<Lead> find(LeadId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Lead save(Lead lead) {
            long stored = Optional.ofNullable(rows.get(lead.id())).map(Lead::version).orElse(0L);
            if (stored != lead.version()) {
                throw new ConcurrentUpdateException("lead " + lead.id(), lead.version(), stored);
            }
            saves.add(lead.id());
            Lead next = lead.withVersion(lead.version() + 1);
            rows.put(lead.id(), next);
            return next;
        }

        @Override
        public List<Lead> findByEmail(EmailAddress email) {
            return List.of();
        }

        @Override
        public List<Lead> findByOwner(UserId owner) {
            return List.of();
        }
    }

    private static Lead lead(String first) {
        return Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.IMPORT).person(first, "Default").company("Defaults Ltd").build(),
                Instant.parse("2026-03-02T09:00:00Z")).aggregate();
    }

    @Test
    void savesEachLeadInTheGivenOrderAndReturnsThemAtTheirNextVersions() {
        MapLeads store = new MapLeads();
        List<Lead> batch = List.of(lead("Ada"), lead("Grace"), lead("Hedy"));

        List<Lead> saved = store.saveAll(batch);

        assertEquals(batch.stream().map(l -> l.withVersion(1)).toList(), saved);
        assertEquals(batch.stream().map(Lead::id).toList(), store.saves);
    }

    @Test
    void refusesABatchNamingOneLeadTwiceBeforeSavingAnything() {
        MapLeads store = new MapLeads();
        Lead ada = lead("Ada");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> store.saveAll(List.of(lead("Grace"), ada, ada)));

        assertTrue(refused.getMessage().contains(ada.id().toString()), refused.getMessage());
        assertEquals(List.of(), store.saves);
    }
}
