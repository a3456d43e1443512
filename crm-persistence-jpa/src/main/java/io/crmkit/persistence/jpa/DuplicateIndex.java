package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.port.DuplicateCandidates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The blocking keys of every lead saved through the lead adapter, in {@code crm_lead_blocking_key}, and the
 * {@link DuplicateCandidates} that read them: the stored leads sharing a key, through an index on the key.
 */
final class DuplicateIndex implements DuplicateCandidates {

    /** Keys longer than the column are cut: a cut key still groups the leads it came from, only a little more widely. */
    static final int KEY_LENGTH = 400;
    private static final int CHUNK = 500;
    private static final RowInserts<LeadKeyRow> INSERTS = RowInserts.of(LeadKeyRow.class);

    private final Session session;
    private final Function<Lead, Set<String>> keys;

    DuplicateIndex(Session session, Function<Lead, Set<String>> keys) {
        this.session = session;
        this.keys = keys;
    }

    /** Replaces the keys of {@code saved} (leads just saved, at their new versions) in the running transaction. */
    void index(Collection<Lead> saved) {
        List<LeadKeyRow> rows = new ArrayList<>();
        List<UUID> updated = new ArrayList<>();
        for (Lead lead : saved) {
            if (lead.version() > 1) {
                updated.add(lead.id().value());
            }
            for (String key : new TreeSet<>(cut(keys.apply(lead)))) {
                LeadKeyRow row = new LeadKeyRow();
                row.lead = lead.id().value();
                row.key = key;
                rows.add(row);
            }
        }
        session.call(em -> {
            for (int from = 0; from < updated.size(); from += CHUNK) {
                em.createQuery("delete from CrmLeadKey k where k.lead in :leads")
                        .setParameter("leads", updated.subList(from, Math.min(updated.size(), from + CHUNK))).executeUpdate();
            }
            boolean bulk = rows.size() > 1 && JdbcWork.call(em, connection -> {
                INSERTS.insert(connection, rows);
                return Boolean.TRUE;
            }).isPresent();
            if (!bulk) {
                rows.forEach(em::persist);
            }
            return null;
        });
    }

    private static Set<String> cut(Set<String> keys) {
        Set<String> cut = new HashSet<>();
        for (String k : keys) {
            cut.add(k.length() <= KEY_LENGTH ? k : k.substring(0, KEY_LENGTH));
        }
        return cut;
    }

    @Override
    public List<Lead> sharingAnyKey(Set<String> blockingKeys) {
        List<String> wanted = new ArrayList<>(cut(Objects.requireNonNull(blockingKeys, "blockingKeys")));
        if (wanted.isEmpty()) {
            return List.of();
        }
        return session.call(em -> {
            Map<UUID, Lead> found = new LinkedHashMap<>();
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                em.createQuery("select l from CrmLead l where l.id in (select k.lead from CrmLeadKey k where k.key in :keys)",
                                LeadRow.class)
                        .setParameter("keys", wanted.subList(from, Math.min(wanted.size(), from + CHUNK))).getResultList()
                        .forEach(row -> found.putIfAbsent(row.id, LeadMapper.read(row)));
            }
            return List.copyOf(found.values());
        });
    }
}
