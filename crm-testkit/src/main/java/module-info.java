/**
 * Test support for hosts and for crmkit itself: thread-safe in-memory adapters of every port, fixtures, a settable
 * clock, jqwik arbitraries and the port contract suite (jqwik and JUnit are optional: add them to your test scope to use
 * the arbitraries and the contract).
 */
module io.crmkit.testkit {
    requires transitive io.crmkit.core;
    requires transitive io.crmkit.pricing;
    requires static net.jqwik.api;
    requires static org.junit.jupiter.api;

    exports io.crmkit.testkit;
    exports io.crmkit.testkit.memory;
    exports io.crmkit.testkit.fixture;
    exports io.crmkit.testkit.arbitrary;
    exports io.crmkit.testkit.contract;
}
