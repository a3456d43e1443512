package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.LeadCaptured;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityLost;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class EventJsonTest {

    @Test
    void writesIdsAsValuesOptionsAsValueOrNullAndEscapesText() {
        LeadId lead = LeadId.of("01900000-0000-7000-8000-0000000000aa");
        UserId owner = UserId.of("01900000-0000-7000-8000-0000000000bb");

        assertEquals("{\"leadId\":\"01900000-0000-7000-8000-0000000000aa\",\"source\":\"WEB_FORM\","
                        + "\"owner\":\"01900000-0000-7000-8000-0000000000bb\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}",
                EventJson.write(new LeadCaptured(lead, SourceChannel.WEB_FORM, Optional.of(owner),
                        Instant.parse("2026-03-02T09:00:00Z"))));
        assertEquals("{\"leadId\":\"01900000-0000-7000-8000-0000000000aa\",\"source\":\"API\",\"owner\":null,"
                        + "\"occurredAt\":\"2026-03-02T09:00:00Z\"}",
                EventJson.write(new LeadCaptured(lead, SourceChannel.API, Optional.empty(), Instant.parse("2026-03-02T09:00:00Z"))));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInText() {
        record Note(String text) {
        }
        record Wrapper(Note note, int count) {
        }

        assertEquals("{\"note\":\"say \\\"hi\\\"\\\\\\n\\u0001\",\"count\":2}",
                EventJson.write(new Wrapper(new Note("say \"hi\"\\\n\u0001"), 2)));
    }

    @Test
    void everyComponentOfARealEventIsWritten() {
        OpportunityLost lost = sample();
        String json = EventJson.write(lost);
        for (RecordComponent c : OpportunityLost.class.getRecordComponents()) {
            assertEquals(true, json.contains("\"" + c.getName() + "\":"), c.getName() + " in " + json);
        }
    }

    private static OpportunityLost sample() {
        RecordComponent[] components = OpportunityLost.class.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            args[i] = t == OpportunityId.class ? OpportunityId.newId() : t == AccountId.class ? AccountId.newId()
                    : t == String.class ? "lost to \"Rival\"" : t == Optional.class ? Optional.of("Rival Corp")
                    : t == Instant.class ? Instant.parse("2026-03-02T09:00:00Z") : t == UserId.class ? UserId.newId() : null;
        }
        try {
            Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return OpportunityLost.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
