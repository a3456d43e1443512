package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.approval.ApprovalFacts;
import io.crmkit.core.approval.ApprovalLevel;
import io.crmkit.core.approval.ApprovalProcess;
import io.crmkit.core.approval.ApprovalRule;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.quote.PricedQuote;
import io.crmkit.pricing.quote.QuoteApprovalFacts;
import io.crmkit.pricing.quote.QuotePricer;
import io.crmkit.pricing.quote.QuoteTotals;
import io.crmkit.pricing.quote.QuoteVersion;
import io.crmkit.pricing.quote.TaxedLine;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code crmkit quote}: prices a quote against a catalogue and prints every line's waterfall (list, regular, customer,
 * partner, net, each step with the price book entry, schedule, rule or discount that produced it), the totals with
 * tax, the margin per line and in total with its warnings, and the approvals the approval policy requires.
 */
@Command(name = "quote",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Prices a quote: every line's waterfall, the totals, the margin and the approvals required.",
                "",
                "CATALOG.json holds products, bundles, priceBooks, schedules, rules, promotions, approvalPolicy and taxRates "
                        + "(see examples/pricing/catalog.json); QUOTE.json the account, tier, region, channel, currency, date, "
                        + "price book, promotion codes and lines (SKU, quantity, discountPercent or discountPerUnit). "
                        + "A problem in either file is reported with its JSON path and exit code 1."})
final class QuoteCommand implements Callable<Integer> {

    /** Exit code of a file whose contents are wrong. */
    static final int BAD_FILE = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--catalog", required = true, paramLabel = "CATALOG.json", description = "The catalogue, price books, rules and approval policy.")
    private Path catalog;

    @Option(names = "--quote", required = true, paramLabel = "QUOTE.json", description = "The quote to price.")
    private Path quote;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    /** The quote priced and the approvals it needs. */
    private record Priced(QuoteFiles.QuoteFile file, QuoteVersion version, ApprovalFacts facts, ApprovalProcess approvals) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuoteFiles.CatalogFile catalogFile;
        QuoteFiles.QuoteFile quoteFile;
        try {
            catalogFile = QuoteFiles.readCatalog(read(catalog, "catalogue"));
        } catch (InvalidConfigurationException e) {
            return problems(err, catalog, e);
        }
        try {
            quoteFile = QuoteFiles.readQuote(read(quote, "quote"), catalogFile);
        } catch (InvalidConfigurationException e) {
            return problems(err, quote, e);
        }
        Priced priced = price(catalogFile, quoteFile);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(priced)));
        } else {
            out.print(text(priced, catalogFile.catalog()));
        }
        out.flush();
        return 0;
    }

    private static String read(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " file " + file + " does not exist");
        }
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + " is not a UTF-8 text file", e);
        }
    }

    private static int problems(PrintWriter err, Path file, InvalidConfigurationException e) {
        err.println("crmkit: " + file + ": " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + " in the " + e.subject());
        e.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return BAD_FILE;
    }

    /** Prices the quote with its promotion codes and taxes it through {@link QuotePricer}; the approval facts are the version's. */
    private static Priced price(QuoteFiles.CatalogFile catalog, QuoteFiles.QuoteFile file) {
        Map<String, Percentage> rates = catalog.taxRates();
        QuotePricer pricer = QuotePricer.of(catalog.engine(file.priceBook()), (region, category, date) -> Optional.ofNullable(rates.get(region)));
        PricedQuote pricedQuote = pricer.price(file.buyer(), file.currency(), file.date(), file.lines(), file.promotionCodes());
        QuoteVersion version = new QuoteVersion(1, file.date(), file.validUntil(), file.lines(), file.promotionCodes(), pricedQuote,
                file.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        ApprovalFacts facts = QuoteApprovalFacts.of(version);
        return new Priced(file, version, facts, ApprovalProcess.start(catalog.approvalPolicy(), facts));
    }

    private static String text(Priced priced, Catalog catalog) {
        Map<ProductId, String> skus = new HashMap<>();
        catalog.products().forEach(p -> skus.put(p.id(), p.sku()));
        QuoteFiles.QuoteFile file = priced.file();
        PricedQuote q = priced.version().priced();
        StringBuilder text = new StringBuilder();
        text.append("Quote for ").append(file.accountName()).append(" (").append(file.buyer().tier()).append(", ")
                .append(file.buyer().region()).append(", ").append(file.buyer().channel()).append("), ")
                .append(file.currency().getCurrencyCode()).append(", priced on ").append(file.date()).append(" from price book ")
                .append(file.priceBook()).append(", valid until ").append(file.validUntil()).append('\n');
        text.append("Promotion codes: ").append(file.promotionCodes().isEmpty() ? "none" : String.join(", ", file.promotionCodes()))
                .append('\n');
        for (TaxedLine line : q.lines()) {
            LinePrice p = line.price();
            text.append('\n').append("Line ").append(p.key()).append(": ").append(p.sku()).append(" x ").append(p.quantity())
                    .append(" (").append(line.group()).append(")\n");
            Table steps = Table.withHeaders("Stage", "Source", "Amount", "Why").alignRight(2);
            for (PriceStep step : p.steps()) {
                steps.row(step.stage(), step.source(), step.amount(), step.explain());
            }
            text.append(steps.render("  "));
            text.append("  Net ").append(p.net()).append(", ").append(pct(p.discountPercent())).append(" off list, cost ").append(p.cost())
                    .append(", margin ").append(p.margin()).append(p.marginPercent().map(m -> " (" + pct(m) + ")").orElse(""))
                    .append(", tax ").append(pct(line.taxRate())).append(" = ").append(line.tax()).append('\n');
            if (!p.components().isEmpty()) {
                text.append("  Bundle: ").append(String.join(", ", p.components().stream()
                        .map(c -> skus.get(c.product()) + " x " + c.quantity() + " = " + c.amount()).toList())).append('\n');
            }
            p.warnings().forEach(w -> text.append("  warning: ").append(w.message()).append('\n'));
        }
        QuoteTotals t = q.totals();
        text.append("\nTotals\n");
        Table totals = Table.withHeaders("", "Amount").alignRight(1);
        totals.row("List", t.list());
        totals.row("Discount", t.discount() + " (" + pct(t.discountPercent()) + ")");
        t.groupSubtotals().forEach((group, net) -> totals.row("  " + group, net));
        totals.row("Net", t.net());
        totals.row("Tax", t.tax());
        totals.row("Grand total", t.grandTotal());
        totals.row("Cost", t.cost());
        totals.row("Margin", t.margin() + t.marginPercent().map(m -> " (" + pct(m) + ")").orElse(""));
        text.append(totals.render("  "));
        List<PricingWarning> warnings = q.allWarnings();
        text.append("\nWarnings: ").append(warnings.isEmpty() ? "none" : String.valueOf(warnings.size())).append('\n');
        warnings.forEach(w -> text.append("  ").append(w.kind()).append(": ").append(w.message()).append('\n'));
        ApprovalProcess approvals = priced.approvals();
        text.append("\nApprovals (policy ").append(approvals.policy().id()).append(" version ").append(approvals.policy().version())
                .append("; discount ").append(pct(new Percentage(priced.facts().number("discountPercent").orElseThrow())))
                .append(", largest line discount ").append(pct(new Percentage(priced.facts().number("maxLineDiscountPercent").orElseThrow())))
                .append(", net ").append(t.net()).append(")\n");
        if (!approvals.isRequired()) {
            text.append("  none required: the quote can be presented\n");
        }
        for (ApprovalRule rule : approvals.rules()) {
            text.append("  ").append(rule.id()).append(" (").append(rule.name()).append("): ")
                    .append(String.join(rule.mode() == ApprovalRule.Mode.SEQUENTIAL ? " -> " : " + ",
                            rule.levels().stream().map(ApprovalLevel::name).toList()))
                    .append(rule.mode() == ApprovalRule.Mode.SEQUENTIAL ? " in order" : " in parallel").append('\n');
        }
        return text.toString();
    }

    /** A percentage to two decimals for reading ({@code 13.77%}); the JSON keeps every digit. */
    private static String pct(Percentage p) {
        return p.value().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static ObjectNode json(Priced priced) {
        ObjectMapper mapper = new ObjectMapper();
        QuoteFiles.QuoteFile file = priced.file();
        PricedQuote q = priced.version().priced();
        ObjectNode root = mapper.createObjectNode();
        root.put("account", file.accountName());
        root.put("accountId", file.buyer().account().toString());
        root.put("currency", file.currency().getCurrencyCode());
        root.put("date", file.date().toString());
        root.put("validUntil", file.validUntil().toString());
        root.put("priceBook", file.priceBook());
        ArrayNode codes = root.putArray("promotionCodes");
        file.promotionCodes().forEach(codes::add);
        ArrayNode lines = root.putArray("lines");
        for (TaxedLine line : q.lines()) {
            LinePrice p = line.price();
            ObjectNode l = lines.addObject();
            l.put("key", p.key());
            l.put("sku", p.sku());
            l.put("quantity", p.quantity());
            l.put("group", line.group());
            ArrayNode steps = l.putArray("steps");
            for (PriceStep step : p.steps()) {
                ObjectNode s = steps.addObject();
                s.put("stage", step.stage().name());
                s.put("source", step.source());
                s.put("amount", step.amount().amount());
                s.put("explain", step.explain());
            }
            l.put("list", p.list().amount());
            l.put("net", p.net().amount());
            l.put("discountPercent", p.discountPercent().value());
            l.put("cost", p.cost().amount());
            l.put("margin", p.margin().amount());
            p.marginPercent().ifPresentOrElse(m -> l.put("marginPercent", m.value()), () -> l.putNull("marginPercent"));
            l.put("taxRate", line.taxRate().value());
            l.put("tax", line.tax().amount());
            ArrayNode warnings = l.putArray("warnings");
            p.warnings().forEach(w -> warnings.addObject().put("kind", w.kind().name()).put("message", w.message()));
        }
        QuoteTotals t = q.totals();
        ObjectNode totals = root.putObject("totals");
        totals.put("list", t.list().amount());
        totals.put("discount", t.discount().amount());
        totals.put("discountPercent", t.discountPercent().value());
        totals.put("net", t.net().amount());
        ObjectNode groups = totals.putObject("groups");
        t.groupSubtotals().forEach((group, net) -> groups.put(group, net.amount()));
        totals.put("tax", t.tax().amount());
        totals.put("grandTotal", t.grandTotal().amount());
        totals.put("cost", t.cost().amount());
        totals.put("margin", t.margin().amount());
        t.marginPercent().ifPresentOrElse(m -> totals.put("marginPercent", m.value()), () -> totals.putNull("marginPercent"));
        ArrayNode warnings = root.putArray("warnings");
        q.allWarnings().forEach(w -> warnings.addObject().put("kind", w.kind().name()).put("message", w.message()));
        ApprovalProcess approvals = priced.approvals();
        ObjectNode approval = root.putObject("approval");
        approval.put("policy", approvals.policy().id());
        approval.put("policyVersion", approvals.policy().version());
        approval.put("required", approvals.isRequired());
        approval.put("outcome", approvals.outcome().name());
        ObjectNode facts = approval.putObject("facts");
        priced.facts().numbers().forEach(facts::put);
        ArrayNode rules = approval.putArray("rules");
        for (ApprovalRule rule : approvals.rules()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.put("name", rule.name());
            r.put("mode", rule.mode().name());
            ArrayNode levels = r.putArray("levels");
            rule.levels().stream().map(ApprovalLevel::name).forEach(levels::add);
        }
        ArrayNode awaiting = approval.putArray("awaiting");
        approvals.awaiting().forEach(s -> awaiting.addObject().put("rule", s.ruleId()).put("level", s.level().name()));
        return root;
    }
}
