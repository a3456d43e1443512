package io.crmkit.persistence.jpa;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class KeysetPageTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

    @Test
    void leadPagesFollowEachOtherWithoutGapsOrRepeats() {
        TestDatabase db = TestDatabase.freshH2();
        CrmPorts ports = db.store.ports(clock);
        List<LeadId> saved = new ArrayList<>();
        ports.transactions().inTransaction(() -> {
            for (int i = 0; i < 23; i++) {
                saved.add(ports.leads().save(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.IMPORT)
                        .person("Lead", "No " + i).email("lead" + i + "@keyset.example").build(),
                        clock.advance(Duration.ofSeconds(1))).aggregate()).id());
            }
            return null;
        });

        List<LeadId> paged = new ArrayList<>();
        Optional<LeadId> after = Optional.empty();
        int pages = 0;
        while (true) {
            List<Lead> page = db.store.leadsAfter(after, 5);
            if (page.isEmpty()) {
                break;
            }
            pages++;
            page.forEach(l -> paged.add(l.id()));
            after = Optional.of(page.get(page.size() - 1).id());
        }

        assertEquals(saved, paged, "time-ordered ids page in capture order");
        assertEquals(5, pages);
    }

    @Test
    void activityPagesStayWithinTheirAccount() {
        TestDatabase db = TestDatabase.h2();
        CrmPorts ports = db.store.ports(clock);
        UserId rep = UserId.newId();
        Account account = ports.accounts().save(Account.open(AccountId.newId(), "Paged", CompanyProfile.empty(), rep,
                clock.instant()).aggregate());
        Account other = ports.accounts().save(Account.open(AccountId.newId(), "Other", CompanyProfile.empty(), rep,
                clock.instant()).aggregate());
        for (int i = 0; i < 7; i++) {
            for (Account a : List.of(account, other)) {
                ports.activities().save(Activity.log(ActivityId.newId(), ActivityType.EMAIL, "Mail " + i,
                        Links.toAccount(a.id()), rep, Optional.empty(), clock.instant(), clock.instant()).aggregate());
            }
        }

        List<Activity> first = db.store.activitiesAfter(account.id(), Optional.empty(), 4);
        List<Activity> second = db.store.activitiesAfter(account.id(), Optional.of(first.get(3).id()), 4);

        assertEquals(4, first.size());
        assertEquals(3, second.size());
        assertEquals(ports.activities().findByAccount(account.id()).stream().map(Activity::id).sorted(
                        java.util.Comparator.comparing(id -> id.value().toString())).toList(),
                java.util.stream.Stream.concat(first.stream(), second.stream()).map(Activity::id).toList());
        assertEquals("limit must be in [1, 10000] but was 0", assertThrows(IllegalArgumentException.class,
                () -> db.store.leadsAfter(Optional.empty(), 0)).getMessage());
    }
}
