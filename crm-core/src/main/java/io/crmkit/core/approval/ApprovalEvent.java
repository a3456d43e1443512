package io.crmkit.core.approval;

import io.crmkit.core.shared.DomainEvent;

/** What happened in an approval process; every event names its {@link ApprovalSubject}. */
public sealed interface ApprovalEvent extends DomainEvent
        permits ApprovalRequested, ApprovalLevelApproved, ApprovalRejected, ApprovalCompleted {

    /** What the process decides on. */
    ApprovalSubject subject();
}
