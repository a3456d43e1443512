package io.crmkit.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/**
 * An opportunity as a row of {@code crm_opportunity}; its decision chain, product lines and stage history are rows
 * of {@code crm_opportunity_decision_chain}, {@code crm_opportunity_line} and {@code crm_opportunity_stage_change}.
 */
@Entity(name = "CrmOpportunity")
@Table(name = "crm_opportunity")
class OpportunityRow implements VersionedRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "pipeline_id", nullable = false)
    UUID pipeline;
    @Column(name = "name", length = 200, nullable = false)
    String name;
    @Column(name = "account_id", nullable = false)
    UUID account;
    @Column(name = "owner_id", nullable = false)
    UUID owner;
    @Column(name = "stage", length = 64, nullable = false)
    String stage;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "amount", precision = 19, scale = 4)
    BigDecimal amount;
    @Column(name = "currency", length = 3)
    String currency;
    @Column(name = "expected_close")
    LocalDate expectedClose;
    @Column(name = "primary_contact_id")
    UUID primaryContact;
    @ElementCollection
    @CollectionTable(name = "crm_opportunity_decision_chain", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<DecisionChainColumns> decisionChain = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "crm_opportunity_line", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<LineColumns> lines = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "crm_opportunity_stage_change", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<StageChangeColumns> history = new ArrayList<>();
    @Column(name = "closing_outcome", length = 20)
    String closingOutcome;
    @Column(name = "closing_reason", length = 500)
    String closingReason;
    @Column(name = "closing_competitor", length = 200)
    String closingCompetitor;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

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

    /** A member of the decision chain. */
    @Embeddable
    static class DecisionChainColumns {
        @Column(name = "contact_id", nullable = false)
        UUID contact;
            @Column(name = "role", length = 20, nullable = false)
        String role;
    }

    /** A product line. */
    @Embeddable
    static class LineColumns {
        @Column(name = "product_id", nullable = false)
        UUID product;
        @Column(name = "quantity", precision = 19, scale = 6, nullable = false)
        BigDecimal quantity;
        @Column(name = "unit_price_amount", precision = 19, scale = 4)
        BigDecimal unitPrice;
        @Column(name = "unit_price_currency", length = 3)
        String unitPriceCurrency;
    }

    /** A stage change. */
    @Embeddable
    static class StageChangeColumns {
        @Column(name = "from_stage", length = 64)
        String from;
        @Column(name = "to_stage", length = 64, nullable = false)
        String to;
        @Column(name = "changed_at", nullable = false)
        Instant at;
    }
}
