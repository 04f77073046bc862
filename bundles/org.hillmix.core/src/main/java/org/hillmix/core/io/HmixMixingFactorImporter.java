package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.MixingFactorAnswer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports the H-Mix "infer mixing factor" CSV ({@code hmix_infer_mixing_factor.csv}) as
 * {@link MixingFactorAnswer} judgments.
 *
 * <p>Answer rows are those with {@code trial_type == multiple-slider}; all others are skipped and
 * counted by type. For an answer row:
 * <ul>
 * <li>answer: the JSON object in {@code responses} (or in {@code response} when {@code responses}
 * is empty), {@code {"mixingcoeff": slider 0-100, "confidence": 0-100}}; numbers may also be given
 * as strings; other keys are ignored;</li>
 * <li>item: {@code filename}, the stimulus file name, e.g. {@code mixed_0.5_Dog_2205_Frog_6908.png};</li>
 * <li>attributes: every non-empty column, among them {@value #TRUE_LAMBDA} (the true lambda of
 * image 1), {@code label1}, {@code label2}, {@code id1}, {@code id2}, {@code filename},
 * {@code class_pair}, {@code task}, {@code rt};</li>
 * <li>repeat: {@code task == rerun_rate_mixture}; annotator: {@code subject}.</li>
 * </ul>
 * Out-of-range values are kept and reported by validation ({@link JudgmentImport#invalid()}).
 */
public final class HmixMixingFactorImporter {

    /** jsPsych trial type of the answer rows. */
    public static final String TRIAL_TYPE = "multiple-slider";

    /** Attribute holding the true mixing coefficient lambda of image 1 (0-1). */
    public static final String TRUE_LAMBDA = "mixtureCoeff";

    private HmixMixingFactorImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read, is not valid CSV or lacks a required column
     * @throws IllegalArgumentException when an answer row is malformed; the message names file,
     *     line and column
     */
    public static JudgmentImport read(Path file, ProgressMonitor monitor) throws IOException {
        return HmixTrialCsv.read(file, monitor, "Reading H-Mix mixing-factor answers", new HmixTrialCsv.Layout() {
            @Override
            public String answerTrialType() {
                return TRIAL_TYPE;
            }

            @Override
            public String[] requiredColumns() {
                return new String[] {"responses", "filename", TRUE_LAMBDA};
            }

            @Override
            public String item(CsvTable.Row row) {
                return HmixTrialCsv.required(row, "filename", "the stimulus file name");
            }

            @Override
            public Answer answer(CsvTable.Row row) {
                String column = row.get("responses").isBlank() && !row.get("response").isBlank() ? "response"
                        : "responses";
                JsonNode json = HmixTrialCsv.jsonObject(row, column);
                double slider = HmixTrialCsv.jsonNumber(row, column, json, "mixingcoeff");
                double confidence = HmixTrialCsv.jsonNumber(row, column, json, "confidence");
                // the true lambda is not part of the answer, but a stimulus without one (or with one that no
                // mixup image can have) is unusable
                String trueText = HmixTrialCsv.required(row, TRUE_LAMBDA, "the true lambda");
                double trueLambda = HmixTrialCsv.number(row, TRUE_LAMBDA, trueText);
                if (!(trueLambda >= 0 && trueLambda <= 1)) {
                    throw new IllegalArgumentException(row.where(TRUE_LAMBDA) + ": the true lambda " + trueText
                            + " is outside [0, 1]; it is the weight of image 1 in the mixup image");
                }
                return new MixingFactorAnswer(slider, confidence);
            }
        });
    }
}
