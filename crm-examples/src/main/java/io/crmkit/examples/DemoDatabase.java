package io.crmkit.examples;

import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.persistence.jpa.CrmSchema;
import io.crmkit.persistence.jpa.JpaCrmPorts;
import io.crmkit.testkit.MutableClock;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo on an H2 file database: a fresh file, crmkit's migrations applied with Flyway, the story played through
 * the Jakarta Persistence adapters; then the database is closed, opened again and the story read back from it.
 */
final class DemoDatabase {

    /** The providers' own progress messages would drown the story: only their errors are shown. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.hibernate"), Logger.getLogger("org.flywaydb"));

    /** The story as read back from the database, and how many events its outbox holds. */
    record Story(DemoStory.Result result, long outboxEvents) {
    }

    private DemoDatabase() {
    }

    static Story playAndReadBack(Path file) {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        deleteIfExists(Path.of(file + ".mv.db"));
        deleteIfExists(Path.of(file + ".trace.db"));
        String url = "jdbc:h2:file:" + file;
        Flyway.configure().dataSource(url, "sa", "").locations(CrmSchema.migrations(CrmSchema.Database.H2))
                .table(CrmSchema.HISTORY_TABLE).load().migrate();

        DemoStory.Result played;
        EntityManagerFactory writing = open(url);
        try {
            played = DemoStory.run(JpaCrmPorts.using(writing)::ports);
        } finally {
            writing.close();
        }

        EntityManagerFactory reading = open(url);
        try {
            JpaCrmPorts store = JpaCrmPorts.using(reading);
            CrmPorts ports = store.ports(MutableClock.at(played.end()));
            long pending = store.relay(message -> {
                throw new IllegalStateException("the demo relays nothing");
            }, ports.clock()).pending();
            return new Story(DemoStory.readBack(played, ports), pending);
        } finally {
            reading.close();
        }
    }

    private static EntityManagerFactory open(String url) {
        return Persistence.createEntityManagerFactory(JpaCrmPorts.PERSISTENCE_UNIT, Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "hibernate.hbm2ddl.auto", "validate",
                // the unit lists its entities: scanning this jar of every dependency would only take seconds
                "hibernate.archive.scanner", "org.hibernate.boot.archive.scan.internal.DisabledScanner"));
    }

    private static void deleteIfExists(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recreate the demo database " + path, e);
        }
    }
}
