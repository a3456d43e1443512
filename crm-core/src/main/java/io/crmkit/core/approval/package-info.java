/**
 * Generic multi-level approval chains for quotes, contracts and anything else with numbers and labels to check:
 * rules whose numbered conditions combine as all, any or custom logic such as {@code 1 OR (2 AND 3)}; ordered levels
 * (manager, director, VP) approved in sequence or in parallel; approvals kept after a revision unless a value the rule
 * looks at changed.
 */
package io.crmkit.core.approval;
