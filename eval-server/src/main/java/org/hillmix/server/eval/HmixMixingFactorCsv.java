package org.hillmix.server.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.MixingFactorAnswer;

/**
 * Reads H-Mix {@code hmix_infer_mixing_factor.csv} (Collins et al., UAI 2023) into {@link MixingJudgment}s: per
 * row, {@code label1}/{@code label2} are the classes of image 1 and image 2, {@code mixtureCoeff} the true lambda
 * of image 1, and {@code responses} = {@code {"mixingcoeff": 0-100, "confidence": 0-100}} with slider 0 meaning
 * "100% label1"; so the perceived lambda of image 1 is {@code 1 - mixingcoeff/100}
 * ({@link MixingFactorAnswer#perceivedLambda1()}) and the confidence is {@code confidence/100}. Repeat trials
 * ({@code task = rerun_rate_mixture}) are kept: they are real judgments.
 */
final class HmixMixingFactorCsv {

    /** File name inside the {@code hmix} folder. */
    static final String FILE = "hmix_infer_mixing_factor.csv";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HmixMixingFactorCsv() {
    }

    /**
     * Reads every judgment of {@code file}.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the line and column of a malformed row
     */
    static List<MixingJudgment> read(Path file, ClassSet classes, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        List<MixingJudgment> out = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file)) {
            table.requireColumns("responses", "label1", "label2", "mixtureCoeff");
            CsvTable.Row row;
            while ((row = table.next()) != null) {
                if ((out.size() & 1023) == 0) {
                    pm.checkCancelled();
                }
                int c1 = classIndex(classes, row.get("label1"), row.where("label1"));
                int c2 = classIndex(classes, row.get("label2"), row.where("label2"));
                double lambda = number(row.get("mixtureCoeff"), row.where("mixtureCoeff"));
                JsonNode r;
                try {
                    r = MAPPER.readTree(row.get("responses"));
                } catch (IOException e) {
                    throw new IllegalArgumentException(row.where("responses") + ": not JSON: " + row.get("responses"), e);
                }
                if (r == null || !r.path("mixingcoeff").isNumber() || !r.path("confidence").isNumber()) {
                    throw new IllegalArgumentException(row.where("responses") + ": expected {\"mixingcoeff\": 0-100, "
                            + "\"confidence\": 0-100}, got " + row.get("responses"));
                }
                MixingFactorAnswer a = new MixingFactorAnswer(r.get("mixingcoeff").asDouble(), r.get("confidence").asDouble());
                try {
                    out.add(new MixingJudgment(c1, c2, lambda, a.perceivedLambda1(), a.confidence01()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static int classIndex(ClassSet classes, String name, String where) {
        try {
            return classes.indexOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static double number(String text, String where) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a number: '" + text + "'", e);
        }
    }
}
