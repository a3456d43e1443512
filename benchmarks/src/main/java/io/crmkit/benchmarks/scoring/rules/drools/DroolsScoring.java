package io.crmkit.benchmarks.scoring.rules.drools;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The benchmark's 25 B2B rules in Drools ({@code b2b-rules.drl} beside this class), compiled at run time to
 * Drools' executable model, the way a host would embed Drools without its Maven plugin.
 */
public final class DroolsScoring {

    /** The DRL resource, next to this class. */
    public static final String DRL = "b2b-rules.drl";

    private DroolsScoring() {
    }

    /** Compiles the DRL to the executable model and returns its knowledge base; throws on any compile error. */
    public static KieBase kieBase() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/io/crmkit/benchmarks/scoring/rules/drools/" + DRL, drl());
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the DRL does not compile: " + errors);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    /** A stateless session scoring as of {@code nowEpochSeconds}; every {@code execute} starts from empty memory. */
    public static StatelessKieSession statelessSession(KieBase kieBase, long nowEpochSeconds) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("now", nowEpochSeconds);
        return session;
    }

    /** The DRL text. */
    public static String drl() {
        try (InputStream in = DroolsScoring.class.getResourceAsStream(DRL)) {
            if (in == null) {
                throw new IllegalStateException(DRL + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
