package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.Judgment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shared reading of the H-Mix jsPsych exports: one row per trial; the rows of one
 * {@code trial_type} are answers, all others are skipped and counted by type.
 *
 * <p>For an answer row: annotator = {@code subject} (or {@code subj_id} when {@code subject} is
 * empty); repeat = {@code task} starts with {@code rerun_}; reaction time = {@code rt} rounded to
 * whole milliseconds; every non-empty column is kept verbatim in the attributes (the unnamed
 * pandas index column as {@value JsPsychAnswerCsv#INDEX_ATTRIBUTE}), so nothing in the row is
 * lost, including the exact {@code rt} text.
 */
final class HmixTrialCsv {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** What differs between the files. */
    interface Layout {
        /** The {@code trial_type} of answer rows. */
        String answerTrialType();

        /** Columns that must be present besides {@code trial_type}, {@code subject} and {@code rt}. */
        String[] requiredColumns();

        /** The item of an answer row. */
        String item(CsvTable.Row row);

        /** The answer of an answer row. */
        Answer answer(CsvTable.Row row);
    }

    private HmixTrialCsv() {
    }

    static JudgmentImport read(Path file, ProgressMonitor monitor, String task, Layout layout) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin(task, -1);
        // the class set matters only for categorical answers, which these files do not hold
        AnswerValidator validator = new AnswerValidator(ClassSet.CIFAR10);
        List<SourcedJudgment> entries = new ArrayList<>();
        Map<String, Integer> skipped = new HashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            table.requireColumns("trial_type", "subject", "rt");
            table.requireColumns(layout.requiredColumns());
            int n = 0;
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if ((n++ & 255) == 0) {
                    pm.checkCancelled();
                }
                String type = row.get("trial_type").trim();
                if (!layout.answerTrialType().equals(type)) {
                    skipped.merge(type.isEmpty() ? "(no trial_type)" : type, 1, Integer::sum);
                    continue;
                }
                Judgment j = new Judgment(annotator(row), layout.item(row), layout.answer(row), reactionTime(row),
                        null, null, row.get("task").trim().startsWith("rerun_"), attributes(table, row));
                entries.add(SourcedJudgment.validated(j, row.where(), Set.of(), List.of(), validator));
                pm.worked(1);
            }
            pm.done();
            return new JudgmentImport(table.source(), entries, skipped);
        }
    }

    private static String annotator(CsvTable.Row row) {
        String s = row.get("subject").trim();
        if (s.isEmpty()) {
            s = row.get("subj_id").trim();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException(row.where("subject") + ": answer row has no participant id"
                    + " (columns subject and subj_id are both empty)");
        }
        return s;
    }

    private static Map<String, String> attributes(CsvTable table, CsvTable.Row row) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String value = row.field(i);
            if (!value.isEmpty()) {
                attributes.putIfAbsent(header.get(i).isEmpty() ? JsPsychAnswerCsv.INDEX_ATTRIBUTE : header.get(i),
                        value);
            }
        }
        return attributes;
    }

    /** {@code rt} rounded to whole milliseconds, or -1 when empty. */
    private static long reactionTime(CsvTable.Row row) {
        String rt = row.get("rt").trim();
        if (rt.isEmpty()) {
            return -1;
        }
        double v = number(row, "rt", rt);
        if (v < 0) {
            throw new IllegalArgumentException(row.where("rt") + ": reaction time '" + rt
                    + "' is negative; expected milliseconds >= 0");
        }
        return Math.round(v);
    }

    /** The text of a required column, trimmed. */
    static String required(CsvTable.Row row, String column, String meaning) {
        String v = row.get(column).trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(row.where(column) + ": " + meaning + " is missing");
        }
        return v;
    }

    /** A finite decimal number from a column, or an error naming file, line and column. */
    static double number(CsvTable.Row row, String column, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(row.where(column) + ": '" + text + "' is not a finite number");
    }

    /**
     * The JSON object in a column.
     *
     * @throws IllegalArgumentException naming file, line, column and the character position in the
     *     value when the text is not a JSON object
     */
    static JsonNode jsonObject(CsvTable.Row row, String column) {
        JsonNode root = json(row, column);
        if (!root.isObject()) {
            throw new IllegalArgumentException(row.where(column) + ": expected a JSON object, found "
                    + abbreviate(row.get(column)));
        }
        return root;
    }

    /**
     * The JSON value in a column.
     *
     * @throws IllegalArgumentException naming file, line, column and the character position in the
     *     value when the text is empty or not JSON
     */
    static JsonNode json(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text.isBlank()) {
            throw new IllegalArgumentException(row.where(column) + ": the value is empty; expected JSON");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String pos = at == null || at.getColumnNr() < 1 ? "" : " at character " + at.getColumnNr();
            throw new IllegalArgumentException(row.where(column) + ": not valid JSON" + pos + ": "
                    + e.getOriginalMessage().replace('\n', ' ') + " (value: " + abbreviate(text) + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException(row.where(column) + ": the value is empty; expected JSON");
        }
        return root;
    }

    /**
     * A number under {@code key} of a JSON object read from a column: a JSON number or a string
     * holding one (jsPsych forms post strings).
     */
    static double jsonNumber(CsvTable.Row row, String column, JsonNode object, String key) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(row.where(column) + ": key \"" + key + "\" is missing in "
                    + abbreviate(row.get(column)));
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } else if (v.isTextual()) {
            try {
                double d = Double.parseDouble(v.textValue().trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException(row.where(column) + ": key \"" + key + "\" is " + v
                + ", not a finite number");
    }

    static String abbreviate(String text) {
        String t = text.replace('\n', ' ');
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
