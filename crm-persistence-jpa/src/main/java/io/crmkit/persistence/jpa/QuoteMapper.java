package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.quote.PricedQuote;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.QuoteLine;
import io.crmkit.pricing.quote.QuoteTotals;
import io.crmkit.pricing.quote.QuoteVersion;
import io.crmkit.pricing.quote.TaxedLine;
import io.crmkit.pricing.quote.port.QuoteSnapshot;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.ComponentShare;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingWarning;
import io.crmkit.pricing.waterfall.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Copies a {@link QuoteSnapshot} into a {@link QuoteVersionRow} and back. Every amount is stored with its currency and
 * read back at the currency's scale; the group subtotals are the lines' net amounts summed per group in line order, as
 * the pricer sums them.
 */
final class QuoteMapper {

    private static final String PERCENT = "PERCENT";
    private static final String AMOUNT_PER_UNIT = "AMOUNT_PER_UNIT";

    private QuoteMapper() {
    }

    static void write(QuoteSnapshot s, QuoteVersionRow row, Instant quoteCreatedAt) {
        QuoteVersion v = s.version();
        Buyer b = s.buyer();
        QuoteTotals totals = v.priced().totals();
        row.quote = s.quote().value();
        row.number = v.number();
        row.account = b.account().value();
        row.tier = b.tier().name();
        row.groups.addAll(b.groups());
        row.region = b.region();
        row.channel = b.channel();
        row.partnerDiscount = b.partnerDiscount().value();
        row.distributorDiscount = b.distributorDiscount().value();
        row.currency = s.currency().getCurrencyCode();
        row.pricingDate = v.pricingDate();
        row.validUntil = v.validUntil();
        row.list = totals.list().amount();
        row.net = totals.net().amount();
        row.tax = totals.tax().amount();
        row.grandTotal = totals.grandTotal().amount();
        row.cost = totals.cost().amount();
        row.createdAt = v.createdAt();
        row.quoteCreatedAt = quoteCreatedAt;
        row.promotionCodes.addAll(v.promotionCodes());
        for (int i = 0; i < v.lines().size(); i++) {
            row.lines.add(line(v.lines().get(i), v.priced().lines().get(i)));
            LinePrice price = v.priced().lines().get(i).price();
            for (PriceStep step : price.steps()) {
                QuoteVersionRow.StepColumns c = new QuoteVersionRow.StepColumns();
                c.line = i;
                c.stage = step.stage().name();
                c.source = step.source();
                c.explain = step.explain();
                c.amount = step.amount().amount();
                c.currency = step.amount().currency().getCurrencyCode();
                row.steps.add(c);
            }
            for (ComponentShare share : price.components()) {
                QuoteVersionRow.ComponentColumns c = new QuoteVersionRow.ComponentColumns();
                c.line = i;
                c.product = share.product().value();
                c.quantity = share.quantity();
                c.amount = share.amount().amount();
                c.currency = share.amount().currency().getCurrencyCode();
                row.components.add(c);
            }
            for (PricingWarning w : price.warnings()) {
                row.warnings.add(warning(i, w));
            }
        }
        for (PricingWarning w : v.priced().warnings()) {
            row.warnings.add(warning(null, w));
        }
    }

    private static QuoteVersionRow.LineColumns line(QuoteLine line, TaxedLine taxed) {
        LineRequest r = line.line();
        LinePrice p = taxed.price();
        QuoteVersionRow.LineColumns c = new QuoteVersionRow.LineColumns();
        c.group = line.group();
        c.key = r.key();
        c.product = r.product().value();
        c.quantity = r.quantity();
        c.options = r.options().stream().map(o -> o.value().toString()).sorted().collect(Collectors.joining(","));
        r.additionalDiscount().ifPresent(d -> {
            if (d instanceof ManualDiscount.Percent percent) {
                c.discountKind = PERCENT;
                c.discountPercent = percent.percent().value();
            } else if (d instanceof ManualDiscount.AmountPerUnit amount) {
                c.discountKind = AMOUNT_PER_UNIT;
                c.discountAmount = amount.amount().amount();
                c.discountCurrency = amount.amount().currency().getCurrencyCode();
            }
        });
        c.priorQuantity = r.priorQuantity();
        c.termMonths = r.termMonths();
        c.belowFloorApproved = r.belowFloorApproved();
        c.sku = p.sku();
        c.pricedProduct = p.product().value();
        c.pricedQuantity = p.quantity();
        c.stageOrder = p.stageOrder().stream().map(Stage::name).collect(Collectors.joining(","));
        c.cost = p.cost().amount();
        c.costCurrency = p.cost().currency().getCurrencyCode();
        c.floor = p.floor().map(Money::amount).orElse(null);
        c.floorCurrency = p.floor().map(m -> m.currency().getCurrencyCode()).orElse(null);
        c.taxRate = taxed.taxRate().value();
        c.tax = taxed.tax().amount();
        c.taxCurrency = taxed.tax().currency().getCurrencyCode();
        return c;
    }

    private static QuoteVersionRow.WarningColumns warning(Integer line, PricingWarning w) {
        QuoteVersionRow.WarningColumns c = new QuoteVersionRow.WarningColumns();
        c.line = line;
        c.kind = w.kind().name();
        c.message = w.message();
        return c;
    }

    static QuoteSnapshot read(QuoteVersionRow row) {
        Currency currency = Currency.getInstance(row.currency);
        Buyer buyer = new Buyer(new AccountId(row.account), Tier.valueOf(row.tier), Set.copyOf(row.groups), row.region, row.channel,
                new Percentage(row.partnerDiscount), new Percentage(row.distributorDiscount));
        int count = row.lines.size();
        List<List<PriceStep>> steps = perLine(count);
        List<List<ComponentShare>> components = perLine(count);
        List<List<PricingWarning>> lineWarnings = perLine(count);
        List<PricingWarning> quoteWarnings = new ArrayList<>();
        for (QuoteVersionRow.StepColumns c : row.steps) {
            steps.get(c.line).add(new PriceStep(Stage.valueOf(c.stage), c.source, c.explain, money(c.amount, c.currency)));
        }
        for (QuoteVersionRow.ComponentColumns c : row.components) {
            components.get(c.line).add(new ComponentShare(new ProductId(c.product), c.quantity, money(c.amount, c.currency)));
        }
        for (QuoteVersionRow.WarningColumns c : row.warnings) {
            PricingWarning w = new PricingWarning(PricingWarning.Kind.valueOf(c.kind), c.message);
            if (c.line == null) {
                quoteWarnings.add(w);
            } else {
                lineWarnings.get(c.line).add(w);
            }
        }
        List<QuoteLine> lines = new ArrayList<>(count);
        List<TaxedLine> taxed = new ArrayList<>(count);
        Map<String, Money> groups = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            QuoteVersionRow.LineColumns c = row.lines.get(i);
            Optional<ManualDiscount> discount = c.discountKind == null ? Optional.empty()
                    : Optional.of(PERCENT.equals(c.discountKind) ? ManualDiscount.percent(new Percentage(c.discountPercent))
                    : ManualDiscount.amountPerUnit(money(c.discountAmount, c.discountCurrency)));
            Set<ProductId> options = c.options.isEmpty() ? Set.of()
                    : Arrays.stream(c.options.split(",")).map(o -> new ProductId(UUID.fromString(o))).collect(Collectors.toSet());
            LineRequest request = new LineRequest(c.key, new ProductId(c.product), c.quantity, options, discount, c.priorQuantity,
                    c.termMonths, c.belowFloorApproved);
            List<Stage> stageOrder = Arrays.stream(c.stageOrder.split(",")).map(Stage::valueOf).toList();
            LinePrice price = new LinePrice(c.key, new ProductId(c.pricedProduct), c.sku, c.pricedQuantity, stageOrder, steps.get(i),
                    money(c.cost, c.costCurrency), Columns.money(c.floor, c.floorCurrency), components.get(i), lineWarnings.get(i));
            lines.add(new QuoteLine(c.group, request));
            taxed.add(new TaxedLine(c.group, price, new Percentage(c.taxRate), money(c.tax, c.taxCurrency)));
            groups.merge(c.group, price.net(), Money::plus);
        }
        QuoteTotals totals = new QuoteTotals(money(row.list, row.currency), money(row.net, row.currency), groups,
                money(row.tax, row.currency), money(row.grandTotal, row.currency), money(row.cost, row.currency));
        QuoteVersion version = new QuoteVersion(row.number, row.pricingDate, row.validUntil, lines, List.copyOf(row.promotionCodes),
                new PricedQuote(currency, taxed, totals, quoteWarnings), row.createdAt);
        return new QuoteSnapshot(new QuoteId(row.quote), buyer, currency, version);
    }

    private static <T> List<List<T>> perLine(int count) {
        List<List<T>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static Money money(java.math.BigDecimal amount, String currency) {
        return Money.of(amount, Currency.getInstance(currency));
    }
}
