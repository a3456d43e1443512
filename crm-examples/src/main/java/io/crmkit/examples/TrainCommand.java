package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.scoring.predictive.CalibrationTable;
import io.crmkit.scoring.predictive.Column;
import io.crmkit.scoring.predictive.CrossValidation;
import io.crmkit.scoring.predictive.CrossValidationResult;
import io.crmkit.scoring.predictive.CsvDataset;
import io.crmkit.scoring.predictive.CsvFormatException;
import io.crmkit.scoring.predictive.Dataset;
import io.crmkit.scoring.predictive.EncodingConfig;
import io.crmkit.scoring.predictive.Evaluation;
import io.crmkit.scoring.predictive.LogisticModelJson;
import io.crmkit.scoring.predictive.LogisticRegression;
import io.crmkit.scoring.predictive.LogisticRegressionConfig;
import io.crmkit.scoring.predictive.NaiveBayes;
import io.crmkit.scoring.predictive.NaiveBayesModelJson;
import io.crmkit.scoring.predictive.TrainedModel;
import io.crmkit.scoring.predictive.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * {@code crmkit train}: cross-validates a lead-scoring model ({@link NaiveBayes} or {@link LogisticRegression}) on a
 * delimited file read by {@link CsvDataset}, and prints the metrics per fold, their means over the folds and the
 * out-of-fold calibration by decile, as tables or as one JSON document; optionally saves the model trained on every
 * row as versioned JSON. Bad rows are reported with their line numbers on stderr and the other rows are still used;
 * each fold prints a progress line on stderr.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Trains a lead-scoring model on a CSV file and prints its cross-validated metrics: AUC (mean and "
                + "standard deviation over the folds), log loss, Brier score, top-decile lift and the out-of-fold "
                + "calibration by decile.",
                "",
                "FILE.csv has a header row naming the columns. A column whose values are numbers is numeric, any other "
                        + "is categorical; empty values are missing. Rows with the wrong number of values or a bad "
                        + "number are skipped and reported on stderr."})
final class TrainCommand implements Callable<Integer> {

    private static final String NAIVE_BAYES = "naive-bayes";
    private static final String LOGISTIC = "logistic";
    private static final List<String> MODELS = List.of(NAIVE_BAYES, LOGISTIC);
    private static final int MAX_BINS = 1000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "The training data.")
    private Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The column to predict.")
    private String target;

    @Option(names = "--positive", defaultValue = "yes", paramLabel = "VALUE",
            description = "The value of the target that counts as converted (default: ${DEFAULT-VALUE}); any other is not.")
    private String positive;

    @Option(names = "--separator", defaultValue = ",", paramLabel = "CHAR",
            description = "The field separator (default: ${DEFAULT-VALUE}); 'tab' or '\\t' for tabs.")
    private String separator;

    @Option(names = "--exclude", split = ",", arity = "1..*", paramLabel = "COLUMN",
            description = "Columns to leave out, e.g. one known only after the outcome (bank-marketing's duration).")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "naive-bayes or logistic.")
    private String model;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Folds of the stratified cross-validation, at least 2 (default: ${DEFAULT-VALUE}).")
    private int folds;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the fold shuffle (default: ${DEFAULT-VALUE}); the same seed gives the same folds.")
    private long seed;

    @Option(names = "--bins", paramLabel = "N",
            description = "Quantile bins of every numeric column, 2 to 1000 (default: " + NaiveBayes.DEFAULT_BINS
                    + " for naive-bayes; logistic standardises numbers unless this is given).")
    private Integer bins;

    @Option(names = "--cross", paramLabel = "A,B[,C...]",
            description = "Adds a feature per combination of these columns' values (e.g. month,day); repeatable.")
    private List<String> crosses = new ArrayList<>();

    @Option(names = "--save", paramLabel = "MODEL.json",
            description = "Also trains the model on every row and writes it as versioned JSON.")
    private Path save;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    /** The chosen model: how to train it and how to write one trained on every row. */
    private record Choice(Trainer<? extends TrainedModel> trainer, Function<Dataset, String> export, String format, int version) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Choice choice = choice();
        char separatorChar = separatorChar();
        checkUsage();
        checkSaveTarget();

        CsvDataset read = read(separatorChar);
        read.problems().forEach(p -> err.println("crmkit: " + data.getFileName() + " line " + p.line() + ": " + p.message()));
        err.flush();
        Dataset dataset = read.dataset();

        CrossValidationResult result = CrossValidation.stratified(folds, seed).run(dataset, withProgress(choice.trainer, err));
        if (save != null) {
            err.println("crmkit: training on all " + dataset.size() + " rows for " + save);
            err.flush();
            Files.writeString(save, choice.export.apply(dataset) + "\n", StandardCharsets.UTF_8);
        }
        out.print(json ? json(read, result, choice) + "\n" : text(read, result));
        out.flush();
        return 0;
    }

    private Choice choice() {
        if (!MODELS.contains(model)) {
            throw new ParameterException(spec.commandLine(), "--model must be one of " + String.join(", ", MODELS)
                    + " but was '" + model + "'");
        }
        EncodingConfig.Builder encoding = EncodingConfig.custom();
        if (bins != null) {
            if (bins < 2 || bins > MAX_BINS) {
                throw new ParameterException(spec.commandLine(), "--bins must be from 2 to " + MAX_BINS + " but was " + bins);
            }
            encoding.quantileBins(bins);
        }
        for (String cross : crosses) {
            List<String> columns = Arrays.stream(cross.split(",", -1)).map(String::strip).toList();
            if (columns.size() < 2 || columns.stream().anyMatch(String::isEmpty) || new LinkedHashSet<>(columns).size() < columns.size()) {
                throw new ParameterException(spec.commandLine(), "--cross needs two or more distinct column names separated by "
                        + "commas, such as month,day, but was '" + cross + "'");
            }
            try {
                encoding.cross(columns.get(0), columns.get(1), columns.subList(2, columns.size()).toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--cross " + cross + ": " + e.getMessage());
            }
        }
        if (model.equals(NAIVE_BAYES)) {
            NaiveBayes trainer = NaiveBayes.custom().encoding(encoding.build()).build();
            return new Choice(trainer, all -> NaiveBayesModelJson.write(trainer.train(all)), NaiveBayesModelJson.FORMAT,
                    NaiveBayesModelJson.VERSION);
        }
        LogisticRegression trainer = LogisticRegression.with(LogisticRegressionConfig.custom().encoding(encoding.build()).build());
        return new Choice(trainer, all -> LogisticModelJson.write(trainer.train(all)), LogisticModelJson.FORMAT,
                LogisticModelJson.VERSION);
    }

    private char separatorChar() {
        if (separator.equals("tab") || separator.equals("\\t")) {
            return '\t';
        }
        if (separator.length() != 1 || separator.equals("\"") || separator.equals("\n") || separator.equals("\r")) {
            throw new ParameterException(spec.commandLine(), "--separator must be one character other than a quote or a "
                    + "line break (or 'tab') but was '" + separator + "'");
        }
        return separator.charAt(0);
    }

    private void checkUsage() {
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be at least 2 but was " + folds);
        }
        if (target.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--target must name a column");
        }
        if (positive.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--positive must not be blank");
        }
        if (exclude.contains(target)) {
            throw new ParameterException(spec.commandLine(), "--exclude must not name the target '" + target + "'");
        }
        if (exclude.stream().anyMatch(String::isBlank)) {
            throw new ParameterException(spec.commandLine(), "--exclude must name columns but had an empty name: " + exclude);
        }
    }

    /** Fails before the long work if the model could not be saved where asked. */
    private void checkSaveTarget() {
        if (save == null) {
            return;
        }
        if (Files.isDirectory(save)) {
            throw new IllegalArgumentException("cannot save the model to " + save + ": it is a directory");
        }
        Path parent = save.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot save the model to " + save + ": directory " + parent + " does not exist");
        }
    }

    private CsvDataset read(char separatorChar) throws IOException {
        if (!Files.exists(data)) {
            throw new IllegalArgumentException("data file " + data + " does not exist");
        }
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("data file " + data + " is not a file");
        }
        try {
            return CsvDataset.read(data, separatorChar, target, positive, Set.copyOf(exclude));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(data + " is not a UTF-8 text file", e);
        } catch (CsvFormatException e) {
            throw withEveryColumn(e, separatorChar);
        }
    }

    /**
     * The reader shortens the list of columns of a long header; when the target or an excluded column is not in the
     * header, say so with every column, so the user can pick the right one.
     */
    private IllegalArgumentException withEveryColumn(CsvFormatException e, char separatorChar) {
        List<String> header = header(separatorChar);
        if (header.isEmpty()) {
            return e;
        }
        String columns = "; the columns are: " + String.join(", ", header)
                + (header.size() == 1 ? " (is the separator right? this file was read with '" + separatorChar + "'; see --separator)" : "");
        if (!header.contains(target)) {
            return new IllegalArgumentException(data + " line " + e.line() + ": there is no target column '" + target + "'" + columns, e);
        }
        List<String> unknown = exclude.stream().filter(name -> !header.contains(name)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            return new IllegalArgumentException(data + " line " + e.line() + ": --exclude names columns that are not in the header: "
                    + unknown + columns, e);
        }
        return e;
    }

    /** The names in the first line of the file, split at the separator outside double quotes; empty if unreadable. */
    private List<String> header(char separatorChar) {
        String line;
        try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            line = in.readLine();
        } catch (IOException e) {
            return List.of();
        }
        if (line == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = line.startsWith("\uFEFF") ? 1 : 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separatorChar && !quoted) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return List.copyOf(names);
    }

    /** Counts and times each fold's training, on stderr: cross-validating a large file takes a while. */
    private <M extends TrainedModel> Trainer<M> withProgress(Trainer<M> trainer, PrintWriter err) {
        int[] trained = {0};
        return training -> {
            long start = System.nanoTime();
            M fitted = trainer.train(training);
            trained[0]++;
            err.printf(Locale.ROOT, "crmkit: fold %d of %d: %s trained on %d rows in %.1f s%n", trained[0], folds, model,
                    training.size(), (System.nanoTime() - start) / 1e9);
            err.flush();
            return fitted;
        };
    }

    private String encodingText() {
        String numbers = bins != null ? "numbers in " + bins + " quantile bins"
                : model.equals(NAIVE_BAYES) ? "numbers in " + NaiveBayes.DEFAULT_BINS + " quantile bins" : "numbers standardised";
        return numbers + (crosses.isEmpty() ? "" : ", crosses: " + String.join(" ", crosses));
    }

    private String text(CsvDataset read, CrossValidationResult result) {
        Dataset dataset = read.dataset();
        StringBuilder text = new StringBuilder();
        text.append("Model: ").append(model).append(" (").append(encodingText()).append(")\n");
        text.append("Data: ").append(data.getFileName()).append(", ").append(dataset.size()).append(" rows, ")
                .append(dataset.positives()).append(" positive (").append(target).append(" = ").append(positive).append("), ")
                .append(dataset.columns().size()).append(" input columns")
                .append(exclude.isEmpty() ? "" : ", excluded: " + String.join(", ", new LinkedHashSet<>(exclude)))
                .append(read.problems().isEmpty() ? "" : ", " + read.problems().size() + " bad rows skipped (see stderr)").append('\n');
        text.append(folds).append("-fold stratified cross-validation, seed ").append(seed).append("\n\n");

        Table table = Table.withHeaders("Fold", "Rows", "Positives", "AUC", "Log loss", "Brier", "Top-decile lift")
                .alignRight(1).alignRight(2).alignRight(3).alignRight(4).alignRight(5).alignRight(6);
        for (int f = 0; f < result.folds().size(); f++) {
            metricsRow(table, String.valueOf(f + 1), result.folds().get(f));
        }
        metricsRow(table, "out-of-fold", result.outOfFold());
        text.append(table.render(""));
        text.append(String.format(Locale.ROOT, "%nMean AUC %.4f ± %.4f, log loss %.4f, Brier %.4f, top-decile lift %.2f (over %d folds)%n",
                result.meanAuc(), result.standardDeviation(Evaluation::auc), result.meanLogLoss(), result.meanBrier(),
                result.meanTopDecileLift(), result.folds().size()));

        CalibrationTable calibration = result.outOfFold().calibration();
        text.append("\nOut-of-fold calibration by decile of predicted probability\n");
        Table deciles = Table.withHeaders("Decile", "Rows", "Positives", "Predicted", "Observed", "Lowest", "Highest")
                .alignRight(0).alignRight(1).alignRight(2).alignRight(3).alignRight(4).alignRight(5).alignRight(6);
        for (CalibrationTable.Bin bin : calibration.bins()) {
            deciles.row(bin.index() + 1, bin.rows(), bin.positives(), f4(bin.meanPredicted()), f4(bin.observedRate()),
                    f4(bin.minPredicted()), f4(bin.maxPredicted()));
        }
        text.append(deciles.render(""));
        text.append(String.format(Locale.ROOT, "Expected calibration error %.4f%n", calibration.expectedCalibrationError()));
        if (save != null) {
            text.append("\nModel trained on all ").append(dataset.size()).append(" rows saved to ").append(save).append('\n');
        }
        return text.toString();
    }

    private static void metricsRow(Table table, String label, Evaluation e) {
        table.row(label, e.rows(), e.positives(), f4(e.auc()), f4(e.logLoss()), f4(e.brier()),
                String.format(Locale.ROOT, "%.2f", e.topDecileLift()));
    }

    private static String f4(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private String json(CsvDataset read, CrossValidationResult result, Choice choice) throws IOException {
        Dataset dataset = read.dataset();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode input = root.putObject("data");
        input.put("file", data.toString()).put("target", target).put("positive", positive)
                .put("rows", dataset.size()).put("positives", dataset.positives());
        ArrayNode columns = input.putArray("columns");
        dataset.columns().stream().map(Column::name).forEach(columns::add);
        ArrayNode excluded = input.putArray("excluded");
        new LinkedHashSet<>(exclude).forEach(excluded::add);
        ArrayNode skipped = input.putArray("skippedRows");
        read.problems().forEach(p -> skipped.addObject().put("line", p.line()).put("message", p.message()));

        ObjectNode settings = root.putObject("model");
        settings.put("type", model);
        if (bins != null || model.equals(NAIVE_BAYES)) {
            settings.put("bins", bins != null ? bins : NaiveBayes.DEFAULT_BINS);
        } else {
            settings.putNull("bins");
        }
        ArrayNode crossed = settings.putArray("crosses");
        crosses.forEach(cross -> {
            ArrayNode names = crossed.addArray();
            Arrays.stream(cross.split(",")).map(String::strip).forEach(names::add);
        });
        root.putObject("crossValidation").put("folds", folds).put("seed", seed).put("stratified", true);

        ArrayNode perFold = root.putArray("folds");
        for (int f = 0; f < result.folds().size(); f++) {
            ObjectNode fold = perFold.addObject().put("fold", f + 1);
            evaluation(fold, result.folds().get(f));
        }
        ObjectNode mean = root.putObject("mean");
        ObjectNode sd = root.putObject("standardDeviation");
        List<String> names = List.of("auc", "logLoss", "brier", "topDecileLift");
        List<ToDoubleFunction<Evaluation>> metrics = List.of(Evaluation::auc, Evaluation::logLoss, Evaluation::brier,
                Evaluation::topDecileLift);
        for (int m = 0; m < names.size(); m++) {
            mean.put(names.get(m), result.mean(metrics.get(m)));
            sd.put(names.get(m), result.standardDeviation(metrics.get(m)));
        }
        evaluation(root.putObject("outOfFold"), result.outOfFold());
        if (save != null) {
            root.putObject("savedModel").put("file", save.toString()).put("format", choice.format)
                    .put("version", choice.version).put("rows", dataset.size());
        }
        return mapper.writeValueAsString(root);
    }

    private static void evaluation(ObjectNode node, Evaluation e) {
        node.put("rows", e.rows()).put("positives", e.positives()).put("auc", e.auc()).put("logLoss", e.logLoss())
                .put("brier", e.brier()).put("topDecileLift", e.topDecileLift())
                .put("expectedCalibrationError", e.calibration().expectedCalibrationError());
        ArrayNode bins = node.putArray("calibration");
        for (CalibrationTable.Bin bin : e.calibration().bins()) {
            bins.addObject().put("bin", bin.index() + 1).put("rows", bin.rows()).put("positives", bin.positives())
                    .put("meanPredicted", bin.meanPredicted()).put("observedRate", bin.observedRate())
                    .put("minPredicted", bin.minPredicted()).put("maxPredicted", bin.maxPredicted());
        }
    }
}
