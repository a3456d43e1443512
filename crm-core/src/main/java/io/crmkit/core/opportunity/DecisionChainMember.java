package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;

/** A contact and the part they play in this deal's decision. */
public record DecisionChainMember(ContactId contact, DecisionRole role) {

    /** Rejects nulls. */
    public DecisionChainMember {
        Require.nonNull(contact, "contact");
        Require.nonNull(role, "role");
    }
}
