/** Helpers shared by crm-scoring's packages; not exported. */
package io.crmkit.scoring.internal;
