/** Opportunities moving through configurable pipelines: stages, entry criteria, stage history, closing and reopening. */
package io.crmkit.core.opportunity;
