package org.hillmix.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.progress.ProgressMonitor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The per-annotator layout of the published CIFAR-10S labels
 * ({@code cifar10s_t2clamp_redist10.json}): a JSON object keyed by item id (the CIFAR-10 test
 * index; for H-Mix the stimulus file name) whose values are lists of per-annotator label vectors,
 * one probability per class in class-index order. Example:
 * {@code {"0": [[0.0, 0.0, 0.0, 0.7, 0.0, 0.3, 0.0, 0.0, 0.0, 0.0], ...], ...}}. The layout does
 * not record which annotator gave which vector.
 */
public final class Cifar10sLabelsFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Cifar10sLabelsFile() {
    }

    /**
     * Writes {@code labels} grouped by item; items in the order of their first label, vectors in
     * input order.
     */
    public static void write(Writer out, List<AnnotatorLabel> labels, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Writing per-annotator soft labels", labels.size());
        Map<String, List<AnnotatorLabel>> byItem = new LinkedHashMap<>();
        for (AnnotatorLabel l : labels) {
            byItem.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l);
        }
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            for (Map.Entry<String, List<AnnotatorLabel>> e : byItem.entrySet()) {
                pm.checkCancelled();
                g.writeArrayFieldStart(e.getKey());
                for (AnnotatorLabel l : e.getValue()) {
                    g.writeStartArray();
                    for (int c = 0; c < l.size(); c++) {
                        g.writeNumber(l.probability(c));
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                pm.worked(e.getValue().size());
            }
            g.writeEndObject();
        }
        pm.done();
    }

    /**
     * Reads a file in this layout; items in file order.
     *
     * @throws IOException when the file cannot be read or is not JSON
     * @throws IllegalArgumentException when the layout is wrong (message names the item and vector)
     */
    public static Map<String, List<double[]>> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(InputFiles.newReader(file));
        } catch (JsonProcessingException e) {
            throw new IOException(Cifar10sJsonImporter.where(name, e.getLocation()) + ": not valid JSON: "
                    + e.getOriginalMessage().replace('\n', ' '), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": expected a JSON object keyed by item id");
        }
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException(name + ": item '" + e.getKey() + "' must map to a list of label"
                        + " vectors");
            }
            List<double[]> vectors = new ArrayList<>();
            int i = 0;
            for (JsonNode v : e.getValue()) {
                if (!v.isArray()) {
                    throw new IllegalArgumentException(name + ": item '" + e.getKey() + "' vector " + i
                            + " is not a list of numbers");
                }
                double[] p = new double[v.size()];
                for (int c = 0; c < p.length; c++) {
                    if (!v.get(c).isNumber()) {
                        throw new IllegalArgumentException(name + ": item '" + e.getKey() + "' vector " + i
                                + " entry " + c + " is not a number");
                    }
                    p[c] = v.get(c).doubleValue();
                }
                vectors.add(p);
                i++;
            }
            out.put(e.getKey(), vectors);
        }
        return out;
    }
}
