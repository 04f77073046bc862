package org.hillmix.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.internal.fs.AtomicFiles;
import org.hillmix.core.protocol.Protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the project descriptor, schema {@value #SCHEMA} (docs/project-format.md).
 * Writing is atomic (a temporary file moved into place), so a crash never leaves half a
 * descriptor; reading names the file and the JSON path of anything wrong.
 */
public final class ProjectJson {

    /** The schema identifier under {@code "schema"}. */
    public static final String SCHEMA = "hillmix.project/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectJson() {
    }

    /** Reads {@code <projectFolder>/hillmix-project.json}. */
    public static HillmixProject read(Path projectFolder) throws IOException {
        Path file = projectFolder.resolve(HillmixProject.DESCRIPTOR);
        if (!Files.isRegularFile(file)) {
            throw new IOException(projectFolder + " is not a HILLmix project: it has no " + HillmixProject.DESCRIPTOR
                    + "; create one with the New HILLmix Project wizard");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(InputFiles.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return fromJson(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the descriptor into {@code projectFolder} (created if missing), atomically. */
    public static void write(Path projectFolder, HillmixProject project) throws IOException {
        Files.createDirectories(projectFolder);
        byte[] bytes = MAPPER.writeValueAsBytes(toJson(project));
        AtomicFiles.write(projectFolder.resolve(HillmixProject.DESCRIPTOR), bytes);
    }

    /** The descriptor as a JSON tree. */
    static ObjectNode toJson(HillmixProject p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("name", p.name());
        ArrayNode classes = root.putArray("classes");
        p.classes().names().forEach(classes::add);
        if (p.dataset() == null) {
            root.putNull("dataset");
        } else {
            ObjectNode d = root.putObject("dataset");
            d.put("kind", p.dataset().kind().projectId());
            d.put("path", p.dataset().path());
        }
        root.put("soft_label_scheme", p.softLabelScheme());
        ArrayNode sets = root.putArray("stimulus_sets");
        for (StimulusSet s : p.stimulusSets()) {
            ObjectNode o = sets.addObject();
            o.put("name", s.name());
            o.put("layout", s.layout());
            o.put("pairs", s.pairs());
            o.put("lambdas", s.lambdas());
            o.put("seed", s.seed());
        }
        ArrayNode people = root.putArray("annotators");
        p.annotators().forEach(people::add);
        ArrayNode batches = root.putArray("batches");
        for (Batch b : p.batches()) {
            ObjectNode o = batches.addObject();
            o.put("id", b.id());
            o.put("annotator", b.annotator());
            o.put("protocol", b.protocol().id());
            o.put("stimulus_set", b.stimulusSet());
            ArrayNode items = o.putArray("items");
            for (PlannedItem i : b.items()) {
                if (!i.repeat() && !i.gold()) {
                    items.add(i.item()); // the common case stays one string per item
                } else {
                    ObjectNode io = items.addObject();
                    io.put("item", i.item());
                    io.put("repeat", i.repeat());
                    io.put("gold", i.gold());
                }
            }
        }
        return root;
    }

    /** The descriptor from a JSON tree. */
    static HillmixProject fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the descriptor must be one JSON object");
        }
        String schema = root.path("schema").asText(null);
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema is " + (schema == null ? "missing" : "\"" + schema + "\"")
                    + "; this version of HILLmix reads \"" + SCHEMA + "\" (a newer HILLmix may have written it)");
        }
        keys(root, "", "schema", "name", "classes", "dataset", "soft_label_scheme", "stimulus_sets", "annotators",
                "batches");
        List<String> classNames = strings(root, "classes");
        JsonNode d = root.get("dataset");
        DatasetLocation dataset = null;
        if (d != null && !d.isNull()) {
            keys(d, "dataset.", "kind", "path");
            dataset = new DatasetLocation(DatasetKind.fromProjectId(text(d, "kind", "dataset.")), text(d, "path",
                    "dataset."));
        }
        List<StimulusSet> sets = new ArrayList<>();
        int n = 0;
        for (JsonNode s : array(root, "stimulus_sets")) {
            String where = "stimulus_sets[" + n++ + "].";
            keys(s, where, "name", "layout", "pairs", "lambdas", "seed");
            sets.add(new StimulusSet(text(s, "name", where), text(s, "layout", where), integer(s, "pairs", where),
                    text(s, "lambdas", where), s.path("seed").asLong()));
        }
        List<Batch> batches = new ArrayList<>();
        n = 0;
        for (JsonNode b : array(root, "batches")) {
            String where = "batches[" + n++ + "].";
            keys(b, where, "id", "annotator", "protocol", "stimulus_set", "items");
            List<PlannedItem> items = new ArrayList<>();
            for (JsonNode i : array(b, "items")) {
                if (i.isTextual()) {
                    items.add(new PlannedItem(i.textValue(), false, false));
                } else {
                    keys(i, where + "items[].", "item", "repeat", "gold");
                    items.add(new PlannedItem(text(i, "item", where + "items[]."), i.path("repeat").asBoolean(),
                            i.path("gold").asBoolean()));
                }
            }
            try {
                batches.add(new Batch(text(b, "id", where), text(b, "annotator", where),
                        Protocol.fromId(text(b, "protocol", where)), text(b, "stimulus_set", where), items));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where.substring(0, where.length() - 1) + ": " + e.getMessage(), e);
            }
        }
        return new HillmixProject(text(root, "name", ""), ClassSet.of(classNames), dataset,
                text(root, "soft_label_scheme", ""), sets, strings(root, "annotators"), batches);
    }

    private static void keys(JsonNode node, String where, String... allowed) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"" + (where.isEmpty() ? "(root)" : where) + "\" must be an object");
        }
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown key \"" + where + k + "\"; known keys: "
                        + String.join(", ", allowed));
            }
        }
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw new IllegalArgumentException("\"" + where + key + "\" must be a non-empty string");
        }
        return v.textValue();
    }

    private static int integer(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + where + key + "\" must be a whole number");
        }
        return v.intValue();
    }

    private static JsonNode array(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array");
        }
        return v;
    }

    private static List<String> strings(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(node, key)) {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("\"" + key + "\" must hold strings, found " + v);
            }
            out.add(v.textValue());
        }
        return out;
    }
}
