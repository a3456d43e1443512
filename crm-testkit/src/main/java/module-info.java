/**
 * Test support for hosts and for crmkit itself: thread-safe in-memory adapters of every port, fixtures, a settable
 * clock and jqwik arbitraries (jqwik is optional: add it to your test scope to use the arbitraries).
 */
module io.crmkit.testkit {
    requires transitive io.crmkit.core;
    requires static net.jqwik.api;

    exports io.crmkit.testkit;
    exports io.crmkit.testkit.memory;
    exports io.crmkit.testkit.fixture;
    exports io.crmkit.testkit.arbitrary;
}
