/** Use-case services: each loads through the ports, calls the aggregate, stores and publishes, in one transaction. */
package io.crmkit.core.usecase;
