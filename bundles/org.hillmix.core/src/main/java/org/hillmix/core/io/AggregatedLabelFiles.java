package org.hillmix.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvWriter;
import org.hillmix.core.labels.AggregatedLabel;
import org.hillmix.core.progress.ProgressMonitor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Aggregated (per-item mean) soft labels as a table with the columns {@code item},
 * {@code n_annotators}, {@code p_<class>} for every class in class-index order (e.g.
 * {@code p_airplane} ... {@code p_truck}) and {@code entropy} (nats). The CSV holds one row per
 * item under a header line; the JSON is an array with one object per item with the same keys.
 * Numbers are written in the shortest form that reads back to the same double.
 */
public final class AggregatedLabelFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AggregatedLabelFiles() {
    }

    /** The column names for {@code classes}. */
    public static List<String> columns(ClassSet classes) {
        List<String> cols = new ArrayList<>();
        cols.add("item");
        cols.add("n_annotators");
        for (String c : classes.names()) {
            cols.add("p_" + c);
        }
        cols.add("entropy");
        return cols;
    }

    /**
     * Writes the CSV layout.
     *
     * @throws IllegalArgumentException when a label does not have one value per class
     */
    public static void writeCsv(Writer out, List<AggregatedLabel> labels, ClassSet classes, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Writing aggregated soft labels (CSV)", labels.size());
        CsvWriter csv = new CsvWriter(out);
        csv.writeRow(columns(classes));
        for (AggregatedLabel l : labels) {
            pm.checkCancelled();
            check(l, classes);
            List<String> row = new ArrayList<>();
            row.add(l.item());
            row.add(Integer.toString(l.annotators()));
            for (int c = 0; c < l.size(); c++) {
                row.add(Double.toString(l.probability(c)));
            }
            row.add(Double.toString(l.entropy()));
            csv.writeRow(row);
            pm.worked(1);
        }
        pm.done();
    }

    /**
     * Writes the JSON layout.
     *
     * @throws IllegalArgumentException when a label does not have one value per class
     */
    public static void writeJson(Writer out, List<AggregatedLabel> labels, ClassSet classes, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Writing aggregated soft labels (JSON)", labels.size());
        List<String> cols = columns(classes);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (AggregatedLabel l : labels) {
                pm.checkCancelled();
                check(l, classes);
                g.writeStartObject();
                g.writeStringField("item", l.item());
                g.writeNumberField("n_annotators", l.annotators());
                for (int c = 0; c < l.size(); c++) {
                    g.writeNumberField(cols.get(2 + c), l.probability(c));
                }
                g.writeNumberField("entropy", l.entropy());
                g.writeEndObject();
                pm.worked(1);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
        pm.done();
    }

    private static void check(AggregatedLabel l, ClassSet classes) {
        if (l.size() != classes.size()) {
            throw new IllegalArgumentException("aggregated label of item " + l.item() + " has " + l.size()
                    + " values but there are " + classes.size() + " classes");
        }
    }
}
