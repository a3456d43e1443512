package io.crmkit.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class DemoJsonTest {

    private static JsonNode document;

    @BeforeAll
    static void runDemoAsJson() throws Exception {
        CommandRun run = CommandRun.of("demo", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        // stdout must be exactly one JSON document: trailing text would fail here
        document = new ObjectMapper().readerFor(JsonNode.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(run.out());
    }

    @Test
    void listsTheLeadsOfAllThreeChannels() {
        JsonNode leads = document.get("leads");

        assertEquals(List.of("WEB_FORM", "EVENT", "REFERRAL"), texts(leads, "source"));
        assertEquals(List.of("DISQUALIFIED", "NURTURING", "CONVERTED"), texts(leads, "status"));
        leads.forEach(l -> UUID.fromString(l.get("id").asText()));
        assertEquals("60000.00", leads.get(2).at("/bant/budget/amount").asText());
        assertTrue(leads.get(1).at("/bant/budget").isNull(), "an unknown budget is null");
    }

    @Test
    void givesTheDisqualificationReasons() {
        JsonNode disqualification = document.get("disqualification");

        assertEquals(document.at("/leads/0/id"), disqualification.get("lead"));
        assertEquals("DISQUALIFIED", disqualification.get("status").asText());
        assertEquals(List.of("NO_BUDGET", "NO_AUTHORITY", "BAD_TIMING"), texts(disqualification.get("reasons"), "reason"));
        assertTrue(disqualification.at("/reasons/0/detail").asText().contains("below the minimum of 25000.00 EUR"));
    }

    @Test
    void givesTheConversionIdsThatTheRestOfTheStoryUses() {
        JsonNode conversion = document.get("conversion");
        String account = conversion.at("/account/id").asText();
        String opportunity = conversion.at("/opportunity/id").asText();

        UUID.fromString(account);
        UUID.fromString(conversion.at("/contact/id").asText());
        assertEquals(document.at("/leads/2/id"), conversion.get("lead"));
        assertEquals(opportunity, document.at("/opportunity/id").asText());
        assertEquals(account, document.at("/opportunity/account").asText());
        assertEquals(account, document.at("/lifecycle/account").asText());
        assertEquals(conversion.at("/contact/id"), document.at("/opportunity/primaryContact"));
        assertEquals("DECISION_MAKER", conversion.at("/contact/decisionRole").asText());
    }

    @Test
    void givesTheRefusedMoveWithItsReasons() {
        JsonNode refused = document.get("refusedMove");

        assertEquals("discovery", refused.get("from").asText());
        assertEquals("proposal", refused.get("to").asText());
        assertFalse(refused.get("reasons").isEmpty());
        assertEquals("an amount greater than zero is required", refused.at("/reasons/0").asText());
    }

    @Test
    void givesTheStageHistoryOfTheWonOpportunity() {
        JsonNode opportunity = document.get("opportunity");

        assertEquals("WON", opportunity.get("status").asText());
        assertEquals("Closed won", opportunity.get("stageName").asText());
        assertEquals("48000.00", opportunity.at("/amount/amount").asText());
        assertEquals("EUR", opportunity.at("/amount/currency").asText());
        assertEquals("2026-03-31", opportunity.get("expectedClose").asText());
        assertEquals(List.of("qualify", "discovery", "proposal", "negotiation", "won"),
                texts(opportunity.get("stageHistory"), "to"));
        assertTrue(opportunity.at("/stageHistory/0/from").isNull());
        assertEquals("2026-03-18T16:00:00Z", opportunity.at("/closing/at").asText());
    }

    @Test
    void givesTheLifecycleStageAndHistory() {
        JsonNode lifecycle = document.get("lifecycle");

        assertEquals("CUSTOMER", lifecycle.get("stage").asText());
        assertEquals(List.of("LEAD", "SALES_QUALIFIED", "OPPORTUNITY", "CUSTOMER"), texts(lifecycle.get("history"), "to"));
        assertEquals(List.of("CUSTOMER"), texts(document.at("/account/roles")));
    }

    @Test
    void givesTheTimelineInTimeOrderWithIsoInstants() {
        JsonNode timeline = document.get("timeline");

        assertTrue(timeline.size() > 10, timeline::toString);
        List<Instant> instants = new ArrayList<>();
        timeline.forEach(e -> instants.add(Instant.parse(e.get("at").asText())));
        List<Instant> sorted = instants.stream().sorted().toList();
        assertEquals(sorted, instants);
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse(document.at("/clock/start").asText()));
        assertTrue(texts(timeline, "kind").containsAll(List.of("account", "contact", "activity", "opportunity", "lifecycle")));
    }

    @Test
    void numbersTheSteps() {
        JsonNode steps = document.get("steps");

        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, steps.get(i).get("number").asInt());
        }
        assertTrue(steps.size() >= 15);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
