package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.SelectShuffledAnswer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports the H-Mix "select shuffled midpoint" CSV ({@code hmix_select_shuffled_midpoint.csv}) as
 * {@link SelectShuffledAnswer} judgments.
 *
 * <p>Answer rows are those with {@code trial_type == survey-html-form}; all others are skipped and
 * counted by type. For an answer row:
 * <ul>
 * <li>answer: {@code response} is a JSON object whose {@code select} value names the chosen image
 * as {@code "select<lambda>"} (e.g. {@code {"select":"select0.6"}}); the prefix is optional and a
 * bare JSON number is accepted too;</li>
 * <li>shown order: the published file does not record it, so it is empty; when a
 * {@value #SHOWN_ORDER_COLUMN} column holds a JSON array of lambdas it is used;</li>
 * <li>item: {@code class_pair}; repeat: {@code task == rerun_select_shuffled}; annotator:
 * {@code subject}; every non-empty column in the attributes.</li>
 * </ul>
 */
public final class HmixSelectShuffledImporter {

    /** jsPsych trial type of the answer rows. */
    public static final String TRIAL_TYPE = "survey-html-form";

    /** Optional column with the lambdas in the order shown, as a JSON array. */
    public static final String SHOWN_ORDER_COLUMN = "shown_order";

    private HmixSelectShuffledImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read, is not valid CSV or lacks a required column
     * @throws IllegalArgumentException when an answer row is malformed; the message names file,
     *     line and column
     */
    public static JudgmentImport read(Path file, ProgressMonitor monitor) throws IOException {
        return HmixTrialCsv.read(file, monitor, "Reading H-Mix select-shuffled answers", new HmixTrialCsv.Layout() {
            @Override
            public String answerTrialType() {
                return TRIAL_TYPE;
            }

            @Override
            public String[] requiredColumns() {
                return new String[] {"response", "class_pair"};
            }

            @Override
            public String item(CsvTable.Row row) {
                return HmixTrialCsv.required(row, "class_pair", "the class pair");
            }

            @Override
            public Answer answer(CsvTable.Row row) {
                JsonNode json = HmixTrialCsv.jsonObject(row, "response");
                return new SelectShuffledAnswer(selected(row, json), shownOrder(row));
            }
        });
    }

    private static double selected(CsvTable.Row row, JsonNode json) {
        JsonNode v = json.get("select");
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(row.where("response") + ": key \"select\" is missing in "
                    + HmixTrialCsv.abbreviate(row.get("response")));
        }
        if (v.isNumber() && Double.isFinite(v.doubleValue())) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            String t = v.textValue().trim();
            if (t.startsWith("select")) {
                t = t.substring("select".length()).trim();
            }
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException(row.where("response") + ": \"select\" is " + v
                + "; expected \"select<lambda>\" such as \"select0.6\"");
    }

    private static List<Double> shownOrder(CsvTable.Row row) {
        String text = row.get(SHOWN_ORDER_COLUMN);
        if (text.isBlank()) {
            return List.of();
        }
        JsonNode array = HmixTrialCsv.json(row, SHOWN_ORDER_COLUMN);
        List<Double> order = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                if (!n.isNumber()) {
                    array = null;
                    break;
                }
                order.add(n.doubleValue());
            }
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException(row.where(SHOWN_ORDER_COLUMN) + ": '" + HmixTrialCsv.abbreviate(text)
                    + "' is not a JSON array of lambdas such as [0.3,0.0,0.9]");
        }
        return order;
    }
}
