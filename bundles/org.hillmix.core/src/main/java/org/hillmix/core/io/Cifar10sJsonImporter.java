package org.hillmix.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.Alteration;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports CIFAR-10S {@code human_soft_labels_data.json}: an object keyed by CIFAR-10 test index
 * whose values are lists of parsed answers, each with {@code "Most Probable Class"},
 * {@code "Most Probable Class Prob"} (0-100), {@code "Second Most Probable Class"} ({@code "No"}
 * for none), {@code "Second Most Probable Class Prob"} (0-100 or {@code null}) and
 * {@code "Impossible Class(es)"} (a list of class names).
 *
 * <p>The file holds no annotator ids, so each answer's annotator is {@code <item>/<position>},
 * its 0-based position in the item's list; these ids are unique but do not link the same person
 * across items. The study already applied its cleaning to this file; under
 * {@link CleaningPolicy#CIFAR10S_STUDY} a most probable probability of 0 would still be read as
 * 100 (the file holds none).
 */
public final class Cifar10sJsonImporter {

    static final String MOST = "Most Probable Class";
    static final String MOST_PROB = "Most Probable Class Prob";
    static final String SECOND = "Second Most Probable Class";
    static final String SECOND_PROB = "Second Most Probable Class Prob";
    static final String IMPOSSIBLE = "Impossible Class(es)";
    static final String NO_SECOND = "No";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Cifar10sJsonImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read or is not JSON
     * @throws IllegalArgumentException when the layout or an answer is wrong (message names file,
     *     line, column and item)
     */
    public static CategoricalImport read(Path file, ClassSet classes, CleaningPolicy policy, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Reading CIFAR-10S parsed answers", -1);
        String name = file.getFileName().toString();
        AnswerValidator validator = new AnswerValidator(classes);
        List<SourcedJudgment> judgments = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(InputFiles.newReader(file))) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, name, "the file must be a JSON object keyed by test index");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String item = p.currentName();
                expect(p, p.nextToken(), JsonToken.START_ARRAY, name, "item '" + item + "' must map to a list of answers");
                int position = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    pm.checkCancelled();
                    String where = where(name, p.currentTokenLocation()) + " (item '" + item + "', answer "
                            + position + ")";
                    expect(p, p.currentToken(), JsonToken.START_OBJECT, name, "answers of item '" + item
                            + "' must be JSON objects");
                    JsonNode node = p.readValueAsTree();
                    judgments.add(answer(node, item, item + "/" + position, where, classes, policy, validator));
                    position++;
                    pm.worked(1);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException(where(name, e.getLocation()) + ": not valid JSON: "
                    + e.getOriginalMessage().replace('\n', ' '), e);
        }
        pm.done();
        return new CategoricalImport(name, policy, judgments, Map.of());
    }

    private static SourcedJudgment answer(JsonNode node, String item, String annotator, String where,
            ClassSet classes, CleaningPolicy policy, AnswerValidator validator) {
        int most = classOf(node, MOST, where, classes);
        JsonNode secondNode = node.get(SECOND);
        String secondName = secondNode == null || secondNode.isNull() ? NO_SECOND : secondNode.asText();
        boolean secondChosen = !secondName.equals(NO_SECOND);
        int second = secondChosen ? classOf(node, SECOND, where, classes) : CategoricalAnswer.NONE;

        Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        List<Alteration> alterations = new ArrayList<>();
        JsonNode p1Node = node.get(MOST_PROB);
        if (p1Node == null || p1Node.isNull()) {
            throw new IllegalArgumentException(where + ": missing \"" + MOST_PROB + "\"");
        }
        CleaningPolicy.Reading p1 = p1Node.isNumber() ? policy.readMostProbability(p1Node.doubleValue())
                : policy.readMostProbability(p1Node.asText());
        note(p1, MOST_PROB, where, item, annotator, flags, alterations);
        JsonNode p2Node = node.get(SECOND_PROB);
        CleaningPolicy.Reading p2;
        if (p2Node == null || p2Node.isNull()) {
            p2 = policy.readSecondProbability("", secondChosen);
        } else if (p2Node.isNumber()) {
            p2 = policy.readSecondProbability(Double.toString(p2Node.doubleValue()), secondChosen);
        } else {
            p2 = policy.readSecondProbability(p2Node.asText(), secondChosen);
        }
        note(p2, SECOND_PROB, where, item, annotator, flags, alterations);

        List<Integer> impossible = new ArrayList<>();
        JsonNode imp = node.get(IMPOSSIBLE);
        if (imp != null && !imp.isNull()) {
            if (!imp.isArray()) {
                throw new IllegalArgumentException(where + ": \"" + IMPOSSIBLE + "\" must be a list of class names");
            }
            for (JsonNode c : imp) {
                impossible.add(lookup(c.asText(), IMPOSSIBLE, where, classes));
            }
        }
        CategoricalAnswer answer = new CategoricalAnswer(most, p1.value(), second, p2.value(), impossible);
        Judgment judgment = new Judgment(annotator, item, answer, -1, null, null, false, Map.of());
        return SourcedJudgment.validated(judgment, where, flags, alterations, validator);
    }

    private static void note(CleaningPolicy.Reading r, String field, String where, String item, String annotator,
            Set<AnswerFlag> flags, List<Alteration> alterations) {
        if (r.flag() != null) {
            flags.add(r.flag());
        }
        if (r.isAltered()) {
            alterations.add(new Alteration(where, item, annotator, field, r.typed(),
                    Double.isNaN(r.value()) ? "ignored" : CategoricalResponseParser.formatNumber(r.value()),
                    r.alteredBecause()));
        }
    }

    private static int classOf(JsonNode node, String key, String where, ClassSet classes) {
        JsonNode n = node.get(key);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing \"" + key + "\"");
        }
        return lookup(n.asText(), key, where, classes);
    }

    private static int lookup(String name, String key, String where, ClassSet classes) {
        if (!classes.contains(name)) {
            throw new IllegalArgumentException(where + ": unknown class '" + name + "' in \"" + key
                    + "\"; expected one of " + classes.names());
        }
        return classes.indexOf(name);
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String name, String what) {
        if (actual != expected) {
            throw new IllegalArgumentException(where(name, p.currentTokenLocation()) + ": " + what + " (found "
                    + (actual == null ? "end of file" : actual.asString() == null ? actual.name() : actual.asString())
                    + ")");
        }
    }

    static String where(String name, JsonLocation loc) {
        if (loc == null) {
            return name;
        }
        return name + " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
