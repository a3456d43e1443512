package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;

import java.util.List;

/** What a duplicate-checked capture did. */
public sealed interface CaptureOutcome {

    /** No duplicate found: the lead was stored. */
    record Captured(Lead lead) implements CaptureOutcome {
        /** Validates. */
        public Captured {
            Require.nonNull(lead, "lead");
        }
    }

    /** Stored, but it may duplicate the matched leads; {@link DuplicateSuspected} was published. */
    record Flagged(Lead lead, List<Match> matches) implements CaptureOutcome {
        /** Validates. */
        public Flagged {
            Require.nonNull(lead, "lead");
            matches = Require.listOf(matches, "matches");
        }
    }

    /** Refused: nothing was stored because the lead is SAME as {@code matches.get(0).right()} (and any others). */
    record Blocked(List<Match> matches) implements CaptureOutcome {
        /** Validates. */
        public Blocked {
            matches = Require.listOf(matches, "matches");
            Require.argument(!matches.isEmpty(), "a blocked capture names the lead it duplicates");
        }

        /** Why, naming the matching lead and the score. */
        public String reason() {
            Match best = matches.get(0);
            return String.format(java.util.Locale.ROOT, "duplicate of lead %s (score %.2f)", best.right(), best.score());
        }
    }

    /** Stored and merged: {@code master} is the surviving lead (the new one or a stored one). */
    record Merged(Lead master, LeadsMerged merge) implements CaptureOutcome {
        /** Validates. */
        public Merged {
            Require.nonNull(master, "master");
            Require.nonNull(merge, "merge");
        }
    }
}
