package io.crmkit.core.pool;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Changed;

/** The outcome of a claim: the customer now held, or the refusal with a message naming the limit. */
public sealed interface ClaimResult {

    /** The claim succeeded. */
    record Claimed(Changed<PooledAccount> change) implements ClaimResult {
        /** Rejects null. */
        public Claimed {
            Require.nonNull(change, "change");
        }
    }

    /** The claim was refused; nothing changed. */
    record Refused(ClaimRefusal refusal, String message) implements ClaimResult {
        /** Rejects nulls. */
        public Refused {
            Require.nonNull(refusal, "refusal");
            Require.nonBlank(message, "message");
        }
    }
}
