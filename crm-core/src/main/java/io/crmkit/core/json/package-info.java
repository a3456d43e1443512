/**
 * Configuration as data: pipelines read from and written to JSON with the same validation as the builders, every
 * problem reported with its JSON path. Needs {@code com.fasterxml.jackson.core:jackson-databind} on the class path
 * (an optional dependency of crm-core); nothing else in crm-core uses Jackson.
 */
package io.crmkit.core.json;
