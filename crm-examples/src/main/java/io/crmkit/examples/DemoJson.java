package io.crmkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.LifecycleChange;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.shared.Money;
import io.crmkit.core.timeline.TimelineEntry;

import java.util.Optional;

/**
 * The demo story's results as one JSON document, built as a Jackson tree by hand: ids are full UUID strings,
 * instants ISO-8601 strings, money {@code {"amount": "48000.00", "currency": "EUR"}} (the amount a string, so no
 * digit is lost), absent optional values {@code null}.
 */
final class DemoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DemoJson() {
    }

    /** The document, pretty-printed. */
    static String render(DemoStory.Result result) throws JsonProcessingException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(result));
    }

    /** The document as a tree. */
    static ObjectNode tree(DemoStory.Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode clock = root.putObject("clock");
        clock.put("start", r.start().toString());
        clock.put("end", r.end().toString());
        clock.put("zone", r.zone().getId());
        root.set("pipeline", pipeline(r.pipeline()));

        ArrayNode steps = root.putArray("steps");
        r.steps().forEach(s -> {
            ObjectNode step = steps.addObject();
            step.put("number", s.number());
            step.put("at", s.at().toString());
            step.put("text", s.text());
        });

        ArrayNode leads = root.putArray("leads");
        r.leads().forEach(l -> leads.add(lead(l)));

        ObjectNode disqualification = root.putObject("disqualification");
        disqualification.put("lead", r.disqualified().lead().id().value().toString());
        disqualification.put("status", r.disqualified().lead().status().name());
        ArrayNode reasons = disqualification.putArray("reasons");
        for (Disqualification d : r.disqualified().reasons()) {
            ObjectNode reason = reasons.addObject();
            reason.put("reason", d.reason().name());
            reason.put("detail", d.detail());
        }

        ObjectNode qualification = root.putObject("qualification");
        qualification.put("lead", r.qualified().lead().id().value().toString());
        qualification.put("status", r.qualified().lead().status().name());

        root.set("conversion", conversion(r.conversion()));

        ArrayNode activities = root.putArray("activities");
        r.activities().forEach(a -> activities.add(activity(a)));

        ObjectNode refused = root.putObject("refusedMove");
        refused.put("opportunity", r.refusedMove().refusal().opportunity().id().value().toString());
        refused.put("from", r.refusedMove().from());
        refused.put("to", r.refusedMove().to());
        ArrayNode refusals = refused.putArray("reasons");
        r.refusedMove().refusal().reasons().forEach(refusals::add);

        root.set("opportunity", opportunity(r.opportunity(), r.pipeline()));
        root.set("account", account(r.account()));
        root.set("lifecycle", lifecycle(r.lifecycle()));

        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry e : r.timeline().entries()) {
            ObjectNode entry = timeline.addObject();
            entry.put("at", e.at().toString());
            entry.put("kind", e.kind());
            entry.put("summary", e.summary());
            entry.put("subject", e.subject().toString());
        }
        return root;
    }

    private static ObjectNode pipeline(Pipeline p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", p.id().value().toString());
        node.put("name", p.name());
        ArrayNode stages = node.putArray("stages");
        for (Stage s : p.stages()) {
            ObjectNode stage = stages.addObject();
            stage.put("key", s.key());
            stage.put("name", s.name());
            stage.put("probability", s.probability().value());
            stage.put("forecastCategory", s.category().name());
            stage.put("outcome", s.outcome().name());
        }
        return node;
    }

    private static ObjectNode lead(Lead l) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", l.id().value().toString());
        node.put("source", l.source().name());
        node.put("name", l.person().full());
        node.put("email", orNull(l.email().map(Object::toString)));
        node.put("company", orNull(l.company()));
        node.put("status", l.status().name());
        node.put("capturedAt", l.capturedAt().toString());
        ObjectNode bant = node.putObject("bant");
        bant.set("budget", money(l.bant().budget()));
        bant.put("authority", orNull(l.bant().authority().map(Enum::name)));
        bant.put("need", orNull(l.bant().need()));
        bant.put("timeline", orNull(l.bant().timeline().map(Object::toString)));
        return node;
    }

    private static ObjectNode conversion(LeadConversion c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("lead", c.lead().id().value().toString());
        ObjectNode account = node.putObject("account");
        account.put("id", c.account().id().value().toString());
        account.put("name", c.account().name());
        Contact contact = c.contact();
        ObjectNode person = node.putObject("contact");
        person.put("id", contact.id().value().toString());
        person.put("name", contact.name().full());
        person.put("email", orNull(contact.email().map(Object::toString)));
        person.put("decisionRole", orNull(contact.decisionRole().map(Enum::name)));
        if (c.opportunity().isPresent()) {
            Opportunity o = c.opportunity().get();
            ObjectNode opportunity = node.putObject("opportunity");
            opportunity.put("id", o.id().value().toString());
            opportunity.put("name", o.name());
            opportunity.put("stage", o.stage());
        } else {
            node.putNull("opportunity");
        }
        return node;
    }

    private static ObjectNode activity(Activity a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id().value().toString());
        node.put("type", a.type().name());
        node.put("subject", a.subject());
        node.put("status", a.status().name());
        node.put("due", orNull(a.due().map(Object::toString)));
        node.put("completedAt", orNull(a.completedAt().map(Object::toString)));
        node.put("outcome", orNull(a.outcome()));
        return node;
    }

    private static ObjectNode opportunity(Opportunity o, Pipeline pipeline) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", o.id().value().toString());
        node.put("name", o.name());
        node.put("account", o.account().value().toString());
        node.put("status", o.status().name());
        node.put("stage", o.stage());
        node.put("stageName", pipeline.requireStage(o.stage()).name());
        node.set("amount", money(o.amount()));
        node.put("expectedClose", orNull(o.expectedClose().map(Object::toString)));
        node.put("primaryContact", orNull(o.primaryContact().map(c -> c.value().toString())));
        if (o.closing().isPresent()) {
            ObjectNode closing = node.putObject("closing");
            closing.put("outcome", o.closing().get().outcome().name());
            closing.put("reason", orNull(o.closing().get().reason()));
            closing.put("at", o.closing().get().at().toString());
        } else {
            node.putNull("closing");
        }
        ArrayNode history = node.putArray("stageHistory");
        for (StageChange change : o.history()) {
            ObjectNode step = history.addObject();
            step.put("from", orNull(change.from()));
            step.put("to", change.to());
            step.put("at", change.at().toString());
        }
        return node;
    }

    private static ObjectNode account(Account a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id().value().toString());
        node.put("name", a.name());
        ArrayNode roles = node.putArray("roles");
        a.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        node.put("createdAt", a.createdAt().toString());
        return node;
    }

    private static ObjectNode lifecycle(CustomerLifecycle l) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("account", l.id().value().toString());
        node.put("stage", l.stage().name());
        ArrayNode history = node.putArray("history");
        for (LifecycleChange change : l.history()) {
            ObjectNode step = history.addObject();
            step.put("from", orNull(change.from().map(Enum::name)));
            step.put("to", change.to().name());
            step.put("cause", change.cause());
            step.put("at", change.at().toString());
        }
        return node;
    }

    private static ObjectNode money(Optional<Money> money) {
        if (money.isEmpty()) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("amount", money.get().amount().toPlainString());
        node.put("currency", money.get().currency().getCurrencyCode());
        return node;
    }

    private static String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
