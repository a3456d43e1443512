package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A team queue: its members in order and how it distributes leads among them. */
public record Team(String id, List<Member> members, Distribution distribution) {

    /** Validates: at least one member, nobody twice. */
    public Team {
        id = Require.text(id, "team id", 100);
        members = Require.listOf(members, "members");
        Require.argument(!members.isEmpty(), "team '" + id + "' must have at least one member");
        Set<UserId> seen = new HashSet<>();
        for (Member m : members) {
            Require.argument(seen.add(m.user()), "team '" + id + "' lists member " + m.user() + " twice");
        }
        Require.nonNull(distribution, "distribution");
    }
}
