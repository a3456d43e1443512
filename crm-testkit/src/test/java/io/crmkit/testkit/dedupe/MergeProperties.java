package io.crmkit.testkit.dedupe;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.MasterPolicy;
import io.crmkit.core.dedupe.MergeField;
import io.crmkit.core.dedupe.Survivorship;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.memory.InMemoryCrm;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever the leads, their statuses, activities, tags and the survivorship rules, a merge loses nothing. */
final class MergeProperties {

    /** One lead to merge: its status, how many activities it has, its tags. */
    record Spec(int status, int activities, Set<String> tags) {
    }

    @Property(tries = 100)
    void mergeMovesEveryActivityAndKeepsEveryTag(@ForAll("specs") List<Spec> specs,
                                                  @ForAll("rules") Survivorship.Rule titleRule) {
        MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
        InMemoryCrm store = InMemoryCrm.create();
        Crm crm = store.crm(clock);
        UserId rep = UserId.newId();
        List<LeadId> ids = new ArrayList<>();
        Set<ActivityId> activities = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            Lead lead = crm.leads().capture(NewLead.from(SourceChannel.IMPORT).person("Ada", "Lovelace")
                    .email("ada" + i + "@analytical.example").title("Title " + i).tags(new Tags(spec.tags())).build());
            if (spec.status() == 1) crm.leads().startWorking(lead.id());
            if (spec.status() == 2) crm.leads().nurture(lead.id());
            for (int a = 0; a < spec.activities(); a++) {
                Activity activity = crm.activities().log(ActivityType.CALL, "Call " + a, Links.toLead(lead.id()), rep,
                        Optional.empty(), clock.instant());
                activities.add(activity.id());
            }
            ids.add(lead.id());
            tags.addAll(new Tags(spec.tags()).values());
            clock.advance(Duration.ofHours(1));
        }

        CaptureOutcome.Merged merged = crm.duplicates(store.duplicateCandidates()).merge(ids, MasterPolicy.ofDefaults(),
                Survivorship.ofDefaults().with(MergeField.TITLE, titleRule));

        LeadId master = merged.master().id();
        Set<ActivityId> onMaster = new HashSet<>();
        store.activities().findByLead(master).forEach(a -> onMaster.add(a.id()));
        assertEquals(activities, onMaster, "every activity is on the master");
        assertEquals(tags, merged.master().tags().values());
        assertEquals(ids.size() - 1, merged.merge().mergedIds().size());
        for (LeadId id : merged.merge().mergedIds()) {
            assertEquals(LeadStatus.DISQUALIFIED, crm.leads().find(id).orElseThrow().status());
            assertEquals(List.of(), store.activities().findByLead(id));
        }
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        Arbitrary<Spec> spec = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3), Arbitraries.of("vip", "fair 2026", "import", "webinar").set().ofMaxSize(3))
                .as(Spec::new);
        return spec.list().ofMinSize(2).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Survivorship.Rule> rules() {
        return Arbitraries.of(Survivorship.Rule.class);
    }
}
