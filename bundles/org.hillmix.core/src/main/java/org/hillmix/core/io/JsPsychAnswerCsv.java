package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.Judgment;

/**
 * Shared reading of jsPsych trial exports whose answer rows hold the CIFAR-10S form in
 * {@code response}: selects the answer rows, counts the others by {@code trial_type}, and keeps
 * every non-empty column of an answer row in the judgment's attributes (the unnamed pandas index
 * column under {@value #INDEX_ATTRIBUTE}) so that the row can be written back unchanged.
 */
final class JsPsychAnswerCsv {

    /** Attribute name for the unnamed first column pandas writes (the row index). */
    static final String INDEX_ATTRIBUTE = "csv_index";

    /** What differs between the files. */
    interface Layout {
        /** Columns that must be present. */
        String[] requiredColumns();

        /** Whether the row is an answer row. */
        boolean isAnswer(CsvTable.Row row);

        /** The item the answer is about. */
        String item(CsvTable.Row row);

        /** The annotator. */
        String annotator(CsvTable.Row row);
    }

    private JsPsychAnswerCsv() {
    }

    static CategoricalImport read(Path file, ClassSet classes, CleaningPolicy policy, ProgressMonitor monitor,
            String task, Layout layout) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin(task, -1);
        CategoricalResponseParser parser = new CategoricalResponseParser(classes, policy);
        AnswerValidator validator = new AnswerValidator(classes);
        List<SourcedJudgment> judgments = new ArrayList<>();
        Map<String, Integer> skipped = new HashMap<>();
        try (CsvTable table = CsvTable.open(file)) {
            table.requireColumns(layout.requiredColumns());
            int n = 0;
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                if ((n++ & 255) == 0) {
                    pm.checkCancelled();
                }
                if (!layout.isAnswer(row)) {
                    String type = row.get("trial_type");
                    skipped.merge(type.isEmpty() ? "(no trial_type)" : type, 1, Integer::sum);
                    continue;
                }
                judgments.add(answer(table, row, parser, validator, layout));
                pm.worked(1);
            }
            pm.done();
            return new CategoricalImport(table.source(), policy, judgments, skipped);
        }
    }

    private static SourcedJudgment answer(CsvTable table, CsvTable.Row row, CategoricalResponseParser parser,
            AnswerValidator validator, Layout layout) {
        String item = layout.item(row);
        String annotator = layout.annotator(row);
        if (annotator.isBlank()) {
            throw new IllegalArgumentException(row.where("subject") + ": answer row has no annotator id");
        }
        CategoricalResponseParser.Parsed parsed = parser.parse(row.get("response"), row.where("response"));
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String value = row.field(i);
            if (!value.isEmpty()) {
                attributes.put(header.get(i).isEmpty() ? INDEX_ATTRIBUTE : header.get(i), value);
            }
        }
        String task = row.get("task");
        Judgment judgment = new Judgment(annotator, item, parsed.answer(), reactionTime(row),
                null, null, "rerun_spec_conf".equals(task), attributes);
        List<Alteration> alterations = new ArrayList<>();
        for (CategoricalResponseParser.FieldChange c : parsed.changes()) {
            alterations.add(new Alteration(row.where(), item, annotator, c.field(), c.original(), c.replacement(),
                    c.reason()));
        }
        return SourcedJudgment.validated(judgment, row.where(), parsed.flags(), alterations, validator);
    }

    /** {@code rt} rounded to whole milliseconds, or -1 when empty. */
    private static long reactionTime(CsvTable.Row row) {
        String rt = row.get("rt").trim();
        if (rt.isEmpty()) {
            return -1;
        }
        double v = CleaningPolicy.parseNumber(rt);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(row.where("rt") + ": reaction time '" + rt
                    + "' is not a non-negative number of milliseconds");
        }
        return Math.round(v);
    }
}
