package io.crmkit.core.opportunity;

import java.util.Optional;

/**
 * A condition an opportunity must meet to enter a stage, such as "needs a primary contact". Ready-made ones are
 * in {@link StageCriteria}. Implementations must be pure.
 */
public interface StageCriterion {

    /** A short name for configuration and reports, e.g. {@code "primary-contact"}. */
    String name();

    /** Why {@code opportunity} may not enter the stage, or empty if it may. */
    Optional<String> refusal(Opportunity opportunity);
}
