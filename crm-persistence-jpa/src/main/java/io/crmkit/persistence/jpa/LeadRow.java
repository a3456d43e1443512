package io.crmkit.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A lead as a row of {@code crm_lead}; its disqualification reasons are rows of {@code crm_lead_disqualification}. */
@Entity(name = "CrmLead")
@Table(name = "crm_lead")
class LeadRow implements VersionedRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "source", length = 30, nullable = false)
    String source;
    @Column(name = "first_name", length = 100, nullable = false)
    String firstName;
    @Column(name = "last_name", length = 100, nullable = false)
    String lastName;
    @Column(name = "email", length = 254)
    String email;
    @Column(name = "phone", length = 20)
    String phone;
    @Column(name = "title", length = 200)
    String title;
    @Column(name = "company", length = 200)
    String company;
    @Embedded
    ProfileColumns profile;
    @Column(name = "budget_amount", precision = 19, scale = 4)
    BigDecimal budgetAmount;
    @Column(name = "budget_currency", length = 3)
    String budgetCurrency;
    @Column(name = "authority", length = 20)
    String authority;
    @Column(name = "need", length = 1000)
    String need;
    @Column(name = "decision_timeline")
    LocalDate decisionTimeline;
    @Column(name = "owner_id")
    UUID owner;
    @Column(name = "tags", length = 2000, nullable = false)
    String tags;
    @ElementCollection
    @CollectionTable(name = "crm_lead_disqualification", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "position")
    List<DisqualificationColumns> disqualifications = new ArrayList<>();
    @Column(name = "converted_account_id")
    UUID convertedAccount;
    @Column(name = "converted_contact_id")
    UUID convertedContact;
    @Column(name = "converted_opportunity_id")
    UUID convertedOpportunity;
    @Column(name = "captured_at", nullable = false)
    Instant capturedAt;
    @Column(name = "status_changed_at", nullable = false)
    Instant statusChangedAt;

    @Override
    public UUID key() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void version(long value) {
        version = value;
    }

    /** One disqualification reason. */
    @Embeddable
    static class DisqualificationColumns {
            @Column(name = "reason", length = 30, nullable = false)
        String reason;
        @Column(name = "detail", length = 500, nullable = false)
        String detail;
    }
}
