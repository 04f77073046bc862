package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;

/**
 * Imports the H-Mix "construct midpoint" CSV ({@code hmix_construct_midpoint.csv}) as
 * {@link ConstructMidpointAnswer} judgments.
 *
 * <p>Answer rows are those with {@code trial_type == reconstruction}; all others are skipped and
 * counted by type. For an answer row: answer = ({@code start_value} (or {@code starting_value}
 * when empty), {@code final_value}, step {@link ConstructMidpointAnswer#DEFAULT_STEP}); the values
 * are kept exactly as recorded, e.g. {@code 0.5000000000000001} (the study's browser summed
 * steps of 0.1 in floating point; the validator accepts such values as on the grid); item =
 * {@code class_pair}, e.g. {@code Bird_9624_Deer_9585}; repeat = {@code task ==
 * rerun_select_create}; annotator = {@code subject}; every non-empty column in the attributes.
 */
public final class HmixConstructMidpointImporter {

    /** jsPsych trial type of the answer rows. */
    public static final String TRIAL_TYPE = "reconstruction";

    private HmixConstructMidpointImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read, is not valid CSV or lacks a required column
     * @throws IllegalArgumentException when an answer row is malformed; the message names file,
     *     line and column
     */
    public static JudgmentImport read(Path file, ProgressMonitor monitor) throws IOException {
        return HmixTrialCsv.read(file, monitor, "Reading H-Mix construct answers", new HmixTrialCsv.Layout() {
            @Override
            public String answerTrialType() {
                return TRIAL_TYPE;
            }

            @Override
            public String[] requiredColumns() {
                return new String[] {"final_value", "start_value", "class_pair"};
            }

            @Override
            public String item(CsvTable.Row row) {
                return HmixTrialCsv.required(row, "class_pair", "the class pair");
            }

            @Override
            public Answer answer(CsvTable.Row row) {
                String startColumn = row.get("start_value").isBlank() && !row.get("starting_value").isBlank()
                        ? "starting_value" : "start_value";
                double start = HmixTrialCsv.number(row, startColumn,
                        HmixTrialCsv.required(row, startColumn, "the start lambda"));
                double fin = HmixTrialCsv.number(row, "final_value",
                        HmixTrialCsv.required(row, "final_value", "the constructed lambda"));
                return new ConstructMidpointAnswer(start, fin, ConstructMidpointAnswer.DEFAULT_STEP);
            }
        });
    }
}
