/**
 * The {@code crmkit} command line: runnable examples of crmkit on the embedded in-memory store (the demo
 * also on an H2 file database). An application,
 * not a library: it exports nothing and opens its commands to picocli.
 */
module io.crmkit.examples {
    requires io.crmkit.core;
    requires io.crmkit.testkit;
    requires io.crmkit.scoring;
    requires io.crmkit.pricing;
    requires io.crmkit.persistence.jpa;
    requires flyway.core;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens io.crmkit.examples to info.picocli;
}
