package org.hillmix.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HILLmix's JSON Lines label file: one JSON object per line and annotator label,
 * <pre>{"item":"0","annotator":"jc93bl6n96s9etn","label":[0.0,...],"scheme":"top2-clamp","gamma":0.1,
 *  "flags":["PROBABILITIES_SUM_OVER_100"],"alterations":[]}</pre>
 * {@code flags} are {@link AnswerFlag} names; {@code alterations} are objects with
 * {@code source}, {@code field}, {@code original}, {@code replacement} and {@code reason}.
 */
public final class JsonLinesLabels {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesLabels() {
    }

    /** Writes one line per label, in input order. */
    public static void write(Writer out, List<AnnotatorLabel> labels, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Writing soft labels as JSON Lines", labels.size());
        int n = 0;
        for (AnnotatorLabel l : labels) {
            if ((n++ & 1023) == 0) {
                pm.checkCancelled();
            }
            out.write(line(l));
            out.write('\n');
            pm.worked(1);
        }
        pm.done();
    }

    /** The JSON object of one label, without the line break. */
    public static String line(AnnotatorLabel l) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("item", l.item());
            g.writeStringField("annotator", l.annotator());
            g.writeArrayFieldStart("label");
            for (int c = 0; c < l.size(); c++) {
                g.writeNumber(l.probability(c));
            }
            g.writeEndArray();
            g.writeStringField("scheme", l.scheme().id());
            g.writeNumberField("gamma", l.scheme().gamma());
            g.writeArrayFieldStart("flags");
            for (AnswerFlag f : l.flags()) {
                g.writeString(f.name());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("alterations");
            for (Alteration a : l.alterations()) {
                g.writeStartObject();
                g.writeStringField("source", a.source());
                g.writeStringField("field", a.field());
                g.writeStringField("original", a.original());
                g.writeStringField("replacement", a.replacement());
                g.writeStringField("reason", a.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return sw.toString();
    }

    /**
     * Reads a file written by {@link #write}; blank lines are skipped.
     *
     * @throws IOException when the file cannot be read or a line is not JSON (names the line)
     * @throws IllegalArgumentException when a line lacks a field or names an unknown scheme or flag
     */
    public static List<AnnotatorLabel> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<AnnotatorLabel> out = new ArrayList<>();
        try (BufferedReader r = InputFiles.newReader(file)) {
            int lineNr = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNr++;
                if (line.isBlank()) {
                    continue;
                }
                String where = name + " line " + lineNr;
                JsonNode n;
                try {
                    n = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(where + ", column " + e.getLocation().getColumnNr() + ": not valid JSON: "
                            + e.getOriginalMessage().replace('\n', ' '), e);
                }
                out.add(parse(n, where));
            }
        }
        return out;
    }

    private static AnnotatorLabel parse(JsonNode n, String where) {
        String item = required(n, "item", where).asText();
        String annotator = required(n, "annotator", where).asText();
        JsonNode labelNode = required(n, "label", where);
        double[] label = new double[labelNode.size()];
        for (int c = 0; c < label.length; c++) {
            label[c] = labelNode.get(c).doubleValue();
        }
        String schemeId = required(n, "scheme", where).asText();
        double gamma = n.has("gamma") ? n.get("gamma").doubleValue() : SoftLabelScheme.DEFAULT_GAMMA;
        SoftLabelScheme scheme;
        try {
            scheme = SoftLabelScheme.parse(schemeId, gamma);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        if (n.has("flags")) {
            for (JsonNode f : n.get("flags")) {
                try {
                    flags.add(AnswerFlag.valueOf(f.asText()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": unknown flag '" + f.asText() + "'", e);
                }
            }
        }
        List<Alteration> alterations = new ArrayList<>();
        if (n.has("alterations")) {
            for (JsonNode a : n.get("alterations")) {
                alterations.add(new Alteration(a.path("source").asText(), item, annotator, a.path("field").asText(),
                        a.path("original").asText(), a.path("replacement").asText(), a.path("reason").asText()));
            }
        }
        return new AnnotatorLabel(item, annotator, label, scheme, flags, alterations);
    }

    private static JsonNode required(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + ": missing \"" + key + "\"");
        }
        return v;
    }
}
