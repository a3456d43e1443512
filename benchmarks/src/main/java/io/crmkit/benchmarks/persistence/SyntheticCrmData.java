package io.crmkit.benchmarks.persistence;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.Bant;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.Ids;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Leads and activities as a CRM accumulates them, skewed rather than uniform: most leads from web forms and imports,
 * 60% with a company and firmographics, a third with a budget; activities mostly emails and calls, spread over 1,000
 * accounts by a Zipf-like law (a few accounts have thousands), 80% done with an outcome. Deterministic (seeded).
 */
final class SyntheticCrmData {

    private static final Instant START = Instant.parse("2025-01-01T08:00:00Z");
    private static final SourceChannel[] SOURCES = {SourceChannel.WEB_FORM, SourceChannel.WEB_FORM, SourceChannel.WEB_FORM,
            SourceChannel.IMPORT, SourceChannel.IMPORT, SourceChannel.EVENT, SourceChannel.REFERRAL, SourceChannel.CAMPAIGN,
            SourceChannel.PHONE, SourceChannel.PARTNER};
    private static final String[] FIRST = {"Ada", "Grace", "Katherine", "Hedy", "Margaret", "Marie", "Yuki", "Ming", "Alan", "Linus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Johnson", "Lamarr", "Hamilton", "Curie", "Tanaka", "Wang", "Turing", "Torvalds"};
    private static final String[] INDUSTRIES = {"Software", "Manufacturing", "Retail", "Healthcare", "Logistics", "Energy"};
    private static final ActivityType[] TYPES = {ActivityType.EMAIL, ActivityType.EMAIL, ActivityType.EMAIL, ActivityType.EMAIL,
            ActivityType.CALL, ActivityType.CALL, ActivityType.CALL, ActivityType.MEETING, ActivityType.TASK, ActivityType.VISIT};

    private SyntheticCrmData() {
    }

    static List<Lead> leads(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Lead> leads = new ArrayList<>(count);
        UserId rep = UserId.of("01900000-0000-7000-8000-0000000000a1");
        for (int i = 0; i < count; i++) {
            Instant at = START.plusSeconds(i * 37L);
            NewLead.Builder b = NewLead.from(SOURCES[random.nextInt(SOURCES.length)])
                    .person(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)])
                    .email("lead" + i + "@company" + random.nextInt(20_000) + ".example");
            if (random.nextInt(10) < 6) {
                b.company("Company " + random.nextInt(20_000)).companyProfile(CompanyProfile.empty()
                        .withIndustry(INDUSTRIES[random.nextInt(INDUSTRIES.length)])
                        .withSizeBand(SizeBand.values()[random.nextInt(SizeBand.values().length)]));
            }
            if (random.nextInt(3) == 0) {
                b.bant(Bant.unknown().withBudget(Money.of(String.valueOf(1000 * (1 + random.nextInt(200))), "EUR"))
                        .withAuthority(DecisionRole.values()[random.nextInt(DecisionRole.values().length)])
                        .withTimeline(LocalDate.of(2025, 1 + random.nextInt(12), 1)));
            }
            if (random.nextInt(4) == 0) {
                b.owner(rep).tags(Tags.of("trade fair", "q" + (1 + random.nextInt(4))));
            }
            leads.add(Lead.capture(new LeadId(Ids.uuid7(at.toEpochMilli(), random)), b.build(), at).aggregate());
        }
        return leads;
    }

    static List<AccountId> accounts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AccountId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new AccountId(Ids.uuid7(START.toEpochMilli() + i, random)));
        }
        return ids;
    }

    static List<Activity> activities(int count, List<AccountId> accounts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Activity> activities = new ArrayList<>(count);
        UserId[] reps = new UserId[20];
        for (int i = 0; i < reps.length; i++) {
            reps[i] = new UserId(Ids.uuid7(START.toEpochMilli(), random));
        }
        for (int i = 0; i < count; i++) {
            Instant at = START.plusSeconds(i * 17L);
            // Zipf-like: account k is chosen with weight about 1/(k+1)
            int k = (int) Math.floor(Math.pow(accounts.size() + 1, random.nextDouble())) - 1;
            AccountId account = accounts.get(Math.min(k, accounts.size() - 1));
            ActivityType type = TYPES[random.nextInt(TYPES.length)];
            ActivityId id = new ActivityId(Ids.uuid7(at.toEpochMilli(), random));
            UserId owner = reps[random.nextInt(reps.length)];
            Activity a = random.nextInt(10) < 8
                    ? Activity.log(id, type, type.name().charAt(0) + type.name().substring(1).toLowerCase() + " about renewal " + i,
                    Links.toAccount(account), owner, Optional.of("Outcome " + random.nextInt(1000)), at, at).aggregate()
                    : Activity.schedule(id, type == ActivityType.NOTE ? ActivityType.TASK : type, "Follow up " + i,
                    Links.toAccount(account), owner, at.plus(Duration.ofDays(1 + random.nextInt(30))), at).aggregate();
            activities.add(a);
        }
        return activities;
    }
}
