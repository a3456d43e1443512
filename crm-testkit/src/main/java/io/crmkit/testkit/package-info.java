/** Test support: {@link io.crmkit.testkit.MutableClock}, and in the sub-packages in-memory adapters, fixtures and arbitraries. */
package io.crmkit.testkit;
