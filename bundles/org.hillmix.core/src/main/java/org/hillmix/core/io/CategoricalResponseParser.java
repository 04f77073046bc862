package org.hillmix.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.CategoricalAnswer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses the CIFAR-10S answer form as jsPsych saved it in a {@code response} column (used by
 * CIFAR-10S {@code raw_human_data.csv} and the H-Mix categorical CSV). The value is a JSON object
 * of strings:
 * <ul>
 * <li>{@code classSelect}: {@code mostProb<Class>}, the most probable class (required);</li>
 * <li>{@code prob}: its probability as typed, 0-100;</li>
 * <li>{@code classSelect2}: {@code secondProb<Class>}, or {@code secondProbNo} for none (absent
 * means none);</li>
 * <li>{@code prob2}: the second probability as typed (may be empty; the form posts a value even
 * when no second class was chosen, and that value is not used);</li>
 * <li>{@code improbClassSelect<Class>}: present for every class marked impossible (checkboxes post
 * only when ticked, so the value is not inspected).</li>
 * </ul>
 * Other keys are ignored. Class names are matched ignoring case. Typed numbers are read by the
 * {@link CleaningPolicy}.
 */
public final class CategoricalResponseParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ClassSet classes;
    private final CleaningPolicy policy;

    /** A parser for answers over {@code classes} read under {@code policy}. */
    public CategoricalResponseParser(ClassSet classes, CleaningPolicy policy) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Parses one {@code response} value.
     *
     * @param response the JSON text
     * @param where file, line and column of the value, used as the prefix of error messages
     * @throws IllegalArgumentException when the text is not a JSON object, lacks the most probable
     *     class, or names an unknown class
     */
    public Parsed parse(String response, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(response == null ? "" : response);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": response is not valid JSON: "
                    + e.getOriginalMessage().replace('\n', ' '));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": response is not a JSON object of form answers");
        }
        String top = text(root, "classSelect");
        if (top.isEmpty()) {
            throw new IllegalArgumentException(where + ": response has no most probable class (key classSelect)");
        }
        int mostProbable = classOf(top, "mostProb", "classSelect", where);
        String second = text(root, "classSelect2");
        boolean secondChosen = !second.isEmpty() && !second.equals("secondProbNo");
        int secondProbable = secondChosen ? classOf(second, "secondProb", "classSelect2", where)
                : CategoricalAnswer.NONE;

        Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        List<FieldChange> changes = new ArrayList<>();
        CleaningPolicy.Reading p1 = policy.readMostProbability(text(root, "prob"));
        record(p1, "prob", flags, changes);
        CleaningPolicy.Reading p2 = policy.readSecondProbability(text(root, "prob2"), secondChosen);
        record(p2, "prob2", flags, changes);

        List<Integer> impossible = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            String key = it.next().getKey();
            if (key.startsWith("improbClassSelect")) {
                impossible.add(classOf(key, "improbClassSelect", key, where));
            }
        }
        CategoricalAnswer answer = new CategoricalAnswer(mostProbable, p1.value(), secondProbable, p2.value(),
                impossible);
        return new Parsed(answer, flags, changes);
    }

    private static void record(CleaningPolicy.Reading r, String field, Set<AnswerFlag> flags,
            List<FieldChange> changes) {
        if (r.flag() != null) {
            flags.add(r.flag());
        }
        if (r.isAltered()) {
            String replacement = Double.isNaN(r.value()) ? "ignored" : formatNumber(r.value());
            changes.add(new FieldChange(field, r.typed(), replacement, r.alteredBecause()));
        }
    }

    private int classOf(String value, String prefix, String key, String where) {
        if (!value.startsWith(prefix)) {
            throw new IllegalArgumentException(where + ": " + key + " value '" + value + "' does not start with '"
                    + prefix + "'");
        }
        String name = value.substring(prefix.length());
        if (!classes.contains(name)) {
            throw new IllegalArgumentException(where + ": unknown class '" + name + "' in " + key + " '" + value
                    + "'; expected one of " + classes.names());
        }
        return classes.indexOf(name);
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** {@code 80} rather than {@code 80.0} for whole numbers. */
    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * A parsed answer with what reading it raised.
     *
     * @param answer the answer
     * @param flags flags raised while reading typed values
     * @param changes values the cleaning policy changed
     */
    public record Parsed(CategoricalAnswer answer, Set<AnswerFlag> flags, List<FieldChange> changes) {

        /** Copies the collections. */
        public Parsed {
            EnumSet<AnswerFlag> f = EnumSet.noneOf(AnswerFlag.class);
            f.addAll(flags);
            flags = Collections.unmodifiableSet(f);
            changes = List.copyOf(changes);
        }
    }

    /**
     * One value the cleaning policy changed.
     *
     * @param field the form key, e.g. {@code prob}
     * @param original the text as typed
     * @param replacement the value used, or {@code "ignored"}
     * @param reason why
     */
    public record FieldChange(String field, String original, String replacement, String reason) {
    }
}
