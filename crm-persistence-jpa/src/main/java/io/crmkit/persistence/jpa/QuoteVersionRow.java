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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A stored quote version as a row of {@code pricing_quote_version}; its buyer's groups, promotion codes, lines,
 * waterfall steps, bundle component shares and warnings are rows of {@code pricing_quote_buyer_group},
 * {@code pricing_quote_promotion}, {@code pricing_quote_line},
 * {@code pricing_quote_step}, {@code pricing_quote_component} and {@code pricing_quote_warning}. Written once, never
 * updated.
 */
@Entity(name = "PricingQuoteVersion")
@Table(name = "pricing_quote_version")
class QuoteVersionRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "quote_id", nullable = false)
    UUID quote;
    @Column(name = "version_number", nullable = false)
    int number;
    @Column(name = "account_id", nullable = false)
    UUID account;
    @Column(name = "tier", length = 20, nullable = false)
    String tier;
    @ElementCollection
    @CollectionTable(name = "pricing_quote_buyer_group", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "group_name", length = 200, nullable = false)
    Set<String> groups = new HashSet<>();
    @Column(name = "region", length = 200, nullable = false)
    String region;
    @Column(name = "channel", length = 200, nullable = false)
    String channel;
    @Column(name = "partner_discount", precision = 9, scale = 6, nullable = false)
    BigDecimal partnerDiscount;
    @Column(name = "distributor_discount", precision = 9, scale = 6, nullable = false)
    BigDecimal distributorDiscount;
    @Column(name = "currency", length = 3, nullable = false)
    String currency;
    @Column(name = "pricing_date", nullable = false)
    LocalDate pricingDate;
    @Column(name = "valid_until", nullable = false)
    LocalDate validUntil;
    @Column(name = "list_amount", precision = 19, scale = 4, nullable = false)
    BigDecimal list;
    @Column(name = "net_amount", precision = 19, scale = 4, nullable = false)
    BigDecimal net;
    @Column(name = "tax_amount", precision = 19, scale = 4, nullable = false)
    BigDecimal tax;
    @Column(name = "grand_total_amount", precision = 19, scale = 4, nullable = false)
    BigDecimal grandTotal;
    @Column(name = "cost_amount", precision = 19, scale = 4, nullable = false)
    BigDecimal cost;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "quote_created_at", nullable = false)
    Instant quoteCreatedAt;
    @ElementCollection
    @CollectionTable(name = "pricing_quote_promotion", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", length = 32, nullable = false)
    List<String> promotionCodes = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "pricing_quote_line", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    List<LineColumns> lines = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "pricing_quote_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    List<StepColumns> steps = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "pricing_quote_component", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    List<ComponentColumns> components = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "pricing_quote_warning", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    List<WarningColumns> warnings = new ArrayList<>();

    /** A line: what was asked for and its priced, taxed result. */
    @Embeddable
    static class LineColumns {
        @Column(name = "group_name", length = 200, nullable = false)
        String group;
        @Column(name = "line_key", length = 200, nullable = false)
        String key;
        @Column(name = "product_id", nullable = false)
        UUID product;
        @Column(name = "quantity", nullable = false)
        long quantity;
        @Column(name = "options", length = 4000, nullable = false)
        String options;
        @Column(name = "discount_kind", length = 20)
        String discountKind;
        @Column(name = "discount_percent", precision = 9, scale = 6)
        BigDecimal discountPercent;
        @Column(name = "discount_amount", precision = 19, scale = 4)
        BigDecimal discountAmount;
        @Column(name = "discount_currency", length = 3)
        String discountCurrency;
        @Column(name = "prior_quantity", nullable = false)
        long priorQuantity;
        @Column(name = "term_months", nullable = false)
        long termMonths;
        @Column(name = "below_floor_approved", nullable = false)
        boolean belowFloorApproved;
        @Column(name = "sku", length = 200, nullable = false)
        String sku;
        @Column(name = "priced_product_id", nullable = false)
        UUID pricedProduct;
        @Column(name = "priced_quantity", nullable = false)
        long pricedQuantity;
        @Column(name = "stage_order", length = 100, nullable = false)
        String stageOrder;
        @Column(name = "cost_amount", precision = 19, scale = 4, nullable = false)
        BigDecimal cost;
        @Column(name = "cost_currency", length = 3, nullable = false)
        String costCurrency;
        @Column(name = "floor_amount", precision = 19, scale = 4)
        BigDecimal floor;
        @Column(name = "floor_currency", length = 3)
        String floorCurrency;
        @Column(name = "tax_rate", precision = 13, scale = 6, nullable = false)
        BigDecimal taxRate;
        @Column(name = "tax_amount", precision = 19, scale = 4, nullable = false)
        BigDecimal tax;
        @Column(name = "tax_currency", length = 3, nullable = false)
        String taxCurrency;
    }

    /** A waterfall step of the line at {@code line}. */
    @Embeddable
    static class StepColumns {
        @Column(name = "line_position", nullable = false)
        int line;
        @Column(name = "stage", length = 20, nullable = false)
        String stage;
        @Column(name = "source", length = 400, nullable = false)
        String source;
        @Column(name = "explanation", length = 4000, nullable = false)
        String explain;
        @Column(name = "amount", precision = 19, scale = 4, nullable = false)
        BigDecimal amount;
        @Column(name = "currency", length = 3, nullable = false)
        String currency;
    }

    /** A bundle component's share of the line at {@code line}. */
    @Embeddable
    static class ComponentColumns {
        @Column(name = "line_position", nullable = false)
        int line;
        @Column(name = "product_id", nullable = false)
        UUID product;
        @Column(name = "quantity", nullable = false)
        long quantity;
        @Column(name = "amount", precision = 19, scale = 4, nullable = false)
        BigDecimal amount;
        @Column(name = "currency", length = 3, nullable = false)
        String currency;
    }

    /** A warning of the line at {@code line}, or of the totals if {@code line} is null. */
    @Embeddable
    static class WarningColumns {
        @Column(name = "line_position")
        Integer line;
        @Column(name = "kind", length = 40, nullable = false)
        String kind;
        @Column(name = "message", length = 4000, nullable = false)
        String message;
    }
}
