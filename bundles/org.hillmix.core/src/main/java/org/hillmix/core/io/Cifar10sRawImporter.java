package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Imports CIFAR-10S {@code raw_human_data.csv} (one row per jsPsych trial).
 *
 * <p>Answer rows are those whose {@code task} is {@code spec_conf} or {@code rerun_spec_conf} (a
 * repeat of an earlier trial: {@link org.hillmix.core.protocol.Judgment#repeat()}); all other rows
 * (instructions, consent, questionnaires...) are skipped and counted by {@code trial_type}. For
 * an answer row: annotator = {@code subject}; item = {@code img_id} as a whole number (the
 * CIFAR-10 test index, e.g. {@code "1128"} for {@code 1128.0}); reaction time = {@code rt}
 * rounded to milliseconds; the answer is parsed from {@code response} by
 * {@link CategoricalResponseParser}; every non-empty column is kept in the attributes.
 */
public final class Cifar10sRawImporter {

    private static final Set<String> ANSWER_TASKS = Set.of("spec_conf", "rerun_spec_conf");

    private Cifar10sRawImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read or is not valid CSV (message names line
     *     and column)
     * @throws IllegalArgumentException when an answer row is malformed (message names file, line
     *     and column)
     */
    public static CategoricalImport read(Path file, ClassSet classes, CleaningPolicy policy, ProgressMonitor monitor)
            throws IOException {
        return JsPsychAnswerCsv.read(file, classes, policy, monitor, "Reading CIFAR-10S raw answers",
                new JsPsychAnswerCsv.Layout() {
                    @Override
                    public String[] requiredColumns() {
                        return new String[] {"trial_type", "subject", "rt", "response", "task", "img_id"};
                    }

                    @Override
                    public boolean isAnswer(CsvTable.Row row) {
                        return ANSWER_TASKS.contains(row.get("task"));
                    }

                    @Override
                    public String item(CsvTable.Row row) {
                        return testIndex(row);
                    }

                    @Override
                    public String annotator(CsvTable.Row row) {
                        return row.get("subject").trim();
                    }
                });
    }

    private static String testIndex(CsvTable.Row row) {
        String text = row.get("img_id").trim();
        double v = CleaningPolicy.parseNumber(text);
        if (!(v >= 0) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(row.where("img_id") + ": image id '" + text
                    + "' is not a CIFAR-10 test index (a whole number >= 0)");
        }
        return Long.toString((long) v);
    }
}
