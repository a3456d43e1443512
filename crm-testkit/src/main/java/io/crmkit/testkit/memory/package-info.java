/** Thread-safe in-memory adapters of every port, for tests and for the embedded demo: {@link io.crmkit.testkit.memory.InMemoryCrm}. */
package io.crmkit.testkit.memory;
