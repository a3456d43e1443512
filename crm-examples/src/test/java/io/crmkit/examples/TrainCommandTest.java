package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.scoring.predictive.NaiveBayesModel;
import io.crmkit.scoring.predictive.NaiveBayesModelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code crmkit train} on the UCI bank-marketing file without {@code duration} (the length of the call, which leaks
 * the outcome), 3-fold to keep it quick, and on garbage. The shared datasets are two levels above the module.
 */
final class TrainCommandTest {

    private static final Path BANK = Path.of("../../shared/datasets/bank-marketing/bank-full.csv");
    private static final Pattern MEAN_AUC = Pattern.compile("Mean AUC (\\d\\.\\d{4}) ± (\\d\\.\\d{4}), log loss \\d\\.\\d{4}");

    @BeforeAll
    static void theBankFileIsThere() {
        if (!Files.isRegularFile(BANK)) {
            fail("the bank-marketing data set is missing: expected " + BANK.toAbsolutePath().normalize()
                    + " (working directory " + Path.of("").toAbsolutePath() + ")");
        }
    }

    private static CommandRun trainOnBank(String model, String... more) {
        String[] args = {"train", "--data", BANK.toString(), "--separator", ";", "--target", "y", "--exclude", "duration",
                "--model", model, "--folds", "3", "--seed", "7"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandRun.of(all);
    }

    @Test
    void crossValidatesALogisticRegressionAndPrintsTheMetricsAndCalibration() {
        CommandRun run = trainOnBank("logistic");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Model: logistic (numbers standardised)\n"
                + "Data: bank-full.csv, 45211 rows, 5289 positive (y = yes), 15 input columns, excluded: duration\n"
                + "3-fold stratified cross-validation, seed 7\n"), run.out());
        Matcher auc = MEAN_AUC.matcher(run.out());
        assertTrue(auc.find(), run.out());
        double mean = Double.parseDouble(auc.group(1));
        assertTrue(mean > 0.74 && mean < 0.80, "a plain logistic regression without duration scores about 0.77: " + mean);
        assertTrue(Double.parseDouble(auc.group(2)) < 0.03, run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("out-of-fold +45211 +5289 +0\\.7\\d{3} .*")), run.out());
        // ten deciles, the top one converting far more often than the bottom one
        assertTrue(run.out().contains("Out-of-fold calibration by decile of predicted probability"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(" +10 +452\\d +\\d+ +0\\.\\d{4} +0\\.[3-6]\\d{3} .*")), run.out());
        // progress on stderr, one line per fold
        for (int fold = 1; fold <= 3; fold++) {
            assertTrue(run.err().contains("crmkit: fold " + fold + " of 3: logistic trained on 301"), run.err());
        }
    }

    @Test
    void crossValidatesNaiveBayesAsJsonAndSavesAModelThatReadsBack(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("bank-nb.json");

        CommandRun run = trainOnBank("naive-bayes", "--json", "--save", saved.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(45_211, root.path("data").path("rows").asInt());
        assertEquals("[\"duration\"]", root.path("data").path("excluded").toString());
        assertEquals(10, root.path("model").path("bins").asInt());
        assertEquals(3, root.path("folds").size());
        double auc = root.path("mean").path("auc").asDouble();
        assertTrue(auc > 0.73 && auc < 0.79, "naive Bayes without duration scores about 0.76: " + auc);
        for (JsonNode fold : root.path("folds")) {
            assertTrue(Math.abs(fold.path("auc").asDouble() - auc) < 0.03, fold.toString());
            assertEquals(10, fold.path("calibration").size());
        }
        JsonNode outOfFold = root.path("outOfFold");
        assertEquals(10, outOfFold.path("calibration").size());
        assertTrue(outOfFold.path("topDecileLift").asDouble() > 3, outOfFold.toString());
        assertEquals("crmkit.naive-bayes", root.path("savedModel").path("format").asText());
        // the saved model is the one trained on every row
        NaiveBayesModel model = NaiveBayesModelJson.read(Files.readString(saved));
        assertEquals("y", model.target());
        assertEquals(45_211, model.positives() + model.negatives());
        assertFalse(model.columns().contains("duration"), model.columns().toString());
        assertTrue(run.err().contains("crmkit: training on all 45211 rows for " + saved), run.err());
    }

    @Test
    void reportsBadRowsByLineAndTrainsOnTheOthers(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("visits,channel,converted\n");
        for (int i = 0; i < 200; i++) {
            String row = (i % 13) + "," + (i % 3 == 0 ? "event" : "web") + "," + (i % 13 > 8 || i % 7 == 0 ? "yes" : "no");
            csv.append(i == 2 ? "7,web" : i == 40 ? "many,web,no" : row).append('\n');
        }
        Path file = Files.writeString(dir.resolve("leads.csv"), csv);

        CommandRun run = CommandRun.of("train", "--data", file.toString(), "--target", "converted", "--model", "naive-bayes",
                "--folds", "4", "--bins", "4");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("crmkit: leads.csv line 4: expected 3 values but found 2"), run.err());
        assertTrue(run.err().contains("crmkit: leads.csv line 42: column 'visits': 'many' is not a number"), run.err());
        assertTrue(run.out().contains("198 rows") && run.out().contains("2 bad rows skipped (see stderr)"), run.out());
        assertTrue(run.out().contains("Model: naive-bayes (numbers in 4 quantile bins)"), run.out());
    }

    @Test
    void aMissingFileFailsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");

        CommandRun run = CommandRun.of("train", "--data", missing.toString(), "--target", "y", "--model", "logistic");

        assertEquals(1, run.exitCode());
        assertEquals("crmkit: IllegalArgumentException: data file " + missing + " does not exist", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownTargetFailsListingEveryColumn() {
        CommandRun run = CommandRun.of("train", "--data", BANK.toString(), "--separator", ";", "--target", "converted",
                "--model", "logistic");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("line 1: there is no target column 'converted'; the columns are: age, job, marital,"
                + " education, default, balance, housing, loan, contact, day, month, duration, campaign, pdays, previous,"
                + " poutcome, y"), run.err());
    }

    @Test
    void theWrongSeparatorIsHinted() {
        CommandRun run = CommandRun.of("train", "--data", BANK.toString(), "--target", "y", "--model", "logistic");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is the separator right? this file was read with ','; see --separator"), run.err());
    }

    @Test
    void usageErrorsExitWith2() {
        CommandRun oneFold = CommandRun.of("train", "--data", BANK.toString(), "--target", "y", "--model", "logistic", "--folds", "1");
        CommandRun forest = CommandRun.of("train", "--data", BANK.toString(), "--target", "y", "--model", "random-forest");
        CommandRun bins = CommandRun.of("train", "--data", BANK.toString(), "--target", "y", "--model", "logistic", "--bins", "1");
        CommandRun cross = CommandRun.of("train", "--data", BANK.toString(), "--target", "y", "--model", "logistic", "--cross", "month");
        CommandRun noModel = CommandRun.of("train", "--data", BANK.toString(), "--target", "y");

        assertEquals(2, oneFold.exitCode());
        assertTrue(oneFold.err().contains("--folds must be at least 2 but was 1"), oneFold.err());
        assertEquals(2, forest.exitCode());
        assertTrue(forest.err().contains("--model must be one of naive-bayes, logistic but was 'random-forest'"), forest.err());
        assertEquals(2, bins.exitCode());
        assertTrue(bins.err().contains("--bins must be from 2 to 1000 but was 1"), bins.err());
        assertEquals(2, cross.exitCode());
        assertTrue(cross.err().contains("--cross needs two or more distinct column names"), cross.err());
        assertEquals(2, noModel.exitCode());
        assertTrue(noModel.err().contains("Missing required option: '--model=MODEL'"), noModel.err());
        assertTrue(noModel.err().contains("Usage: crmkit train"), noModel.err());
    }
}
