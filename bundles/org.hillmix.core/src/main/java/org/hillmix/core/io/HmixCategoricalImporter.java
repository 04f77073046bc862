package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Imports the H-Mix categorical soft-label CSV ({@code hmix_categorical_soft_labels.csv}): the
 * CIFAR-10S answer form over mixed images.
 *
 * <p>Answer rows are those with {@code trial_type == survey-html-form}; all others are skipped and
 * counted by {@code trial_type}. For an answer row: annotator = {@code subject} (or
 * {@code subj_id} when {@code subject} is empty); item = {@code filename}, the stimulus file name
 * such as {@code mixed_0.75_Airplane_3497_Ship_8913.png}; repeat = {@code task ==
 * rerun_spec_conf}; the mixing columns ({@code label1}, {@code label2}, {@code mixtureCoeff},
 * {@code id1}, {@code id2}) and every other non-empty column are kept in the attributes.
 */
public final class HmixCategoricalImporter {

    private HmixCategoricalImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read or is not valid CSV
     * @throws IllegalArgumentException when an answer row is malformed (message names file, line
     *     and column)
     */
    public static CategoricalImport read(Path file, ClassSet classes, CleaningPolicy policy, ProgressMonitor monitor)
            throws IOException {
        return JsPsychAnswerCsv.read(file, classes, policy, monitor, "Reading H-Mix categorical answers",
                new JsPsychAnswerCsv.Layout() {
                    @Override
                    public String[] requiredColumns() {
                        return new String[] {"trial_type", "subject", "rt", "response", "filename"};
                    }

                    @Override
                    public boolean isAnswer(CsvTable.Row row) {
                        return "survey-html-form".equals(row.get("trial_type"));
                    }

                    @Override
                    public String item(CsvTable.Row row) {
                        String file = row.get("filename").trim();
                        if (file.isEmpty()) {
                            throw new IllegalArgumentException(row.where("filename")
                                    + ": answer row has no stimulus file name");
                        }
                        return file;
                    }

                    @Override
                    public String annotator(CsvTable.Row row) {
                        String s = row.get("subject").trim();
                        return s.isEmpty() ? row.get("subj_id").trim() : s;
                    }
                });
    }
}
