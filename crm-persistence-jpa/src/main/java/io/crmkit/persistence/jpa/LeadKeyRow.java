package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One blocking key of a stored lead, as a row of {@code crm_lead_blocking_key}: what duplicate candidates are found by. */
@Entity(name = "CrmLeadKey")
@Table(name = "crm_lead_blocking_key")
@IdClass(LeadKeyRow.Key.class)
class LeadKeyRow {

    @Id
    @Column(name = "lead_id")
    UUID lead;
    @Id
    @Column(name = "blocking_key", length = 400)
    String key;

    /** The composite id. */
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID lead;
        String key;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(lead, k.lead) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lead, key);
        }
    }
}
