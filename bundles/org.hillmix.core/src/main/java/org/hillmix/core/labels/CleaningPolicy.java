package org.hillmix.core.labels;

import java.util.Locale;
import java.util.regex.Pattern;

import org.hillmix.core.protocol.AnswerFlag;

/**
 * How typed answer values are read when a file is imported. A policy may alter a value only by
 * a documented rule, and every alteration is reported (see {@link Reading#alteredBecause()}), so
 * that the importer can record which row was changed, what and why.
 *
 * <ul>
 * <li>{@link #DEFAULT}: for new data. Reads numbers as typed and alters nothing: a value that is
 * not a number becomes {@code NaN} and is flagged; a most-probable probability of 0 stays 0 (the
 * validator flags it).</li>
 * <li>{@link #CIFAR10S_STUDY}: what the CIFAR-10S study's {@code process_data} notebook did to the
 * raw answers: the typo {@code 8p} is read as 80, a most-probable-class probability of 0 is read
 * as 100 ("we believe it is an annotation error"), and a second probability that is not a number
 * is ignored. In {@code raw_human_data.csv} this alters exactly 8 answers: one {@code 8p}, six
 * zeros and one second probability {@code p\\\}.</li>
 * </ul>
 *
 * <p>Under both policies a second probability typed while "no second class" was chosen is not
 * used: the form posts the slider's value whether or not a second class was chosen, so the
 * number carries no answer (it stays in the imported row's raw {@code response} attribute).
 */
public enum CleaningPolicy {
    /** Alters nothing; odd values are flagged. */
    DEFAULT("default", "alters nothing; odd answers are kept as given and flagged"),
    /** The CIFAR-10S study's corrections of raw answers. */
    CIFAR10S_STUDY("cifar10s-study", "the CIFAR-10S study's corrections: typo 8p read as 80, a most probable"
            + " class probability of 0 read as 100, an unparseable second probability ignored");

    /**
     * A plain decimal number, as a person types it: digits with an optional sign, decimal point and
     * exponent. Rejects what {@link Double#parseDouble} would also accept ({@code NaN},
     * {@code Infinity}, {@code 80d}, hexadecimal).
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String id;
    private final String description;

    CleaningPolicy(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Identifier used on the command line, e.g. {@code "cifar10s-study"}. */
    public String id() {
        return id;
    }

    /** One-line description of what the policy does. */
    public String description() {
        return description;
    }

    /**
     * Parses an identifier as written by {@link #id()}.
     *
     * @throws IllegalArgumentException naming the known policies
     */
    public static CleaningPolicy fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (CleaningPolicy p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown cleaning policy '" + id + "'; expected default or cifar10s-study");
    }

    /**
     * Reads the typed probability of the most probable class (0-100 scale).
     *
     * @param typed the text as typed, possibly empty
     */
    public Reading readMostProbability(String typed) {
        String text = typed == null ? "" : typed.trim();
        double value = parseNumber(text);
        if (this == CIFAR10S_STUDY) {
            if (text.equals("8p")) {
                return Reading.altered(80, text, "the typo '8p' is read as 80, as the CIFAR-10S study did");
            }
            if (value == 0) {
                return Reading.altered(100, text, "a most probable class probability of 0 is read as 100, as the"
                        + " CIFAR-10S study did (judged an annotation error)");
            }
        }
        if (Double.isNaN(value)) {
            return Reading.flagged(text, AnswerFlag.UNPARSEABLE_MOST_PROBABILITY);
        }
        return Reading.asTyped(value, text);
    }

    /**
     * Reads an already numeric most-probable probability (e.g. from a JSON file); only the
     * study's zero rule applies.
     */
    public Reading readMostProbability(double value) {
        if (this == CIFAR10S_STUDY && value == 0) {
            return Reading.altered(100, Double.toString(value), "a most probable class probability of 0 is read as"
                    + " 100, as the CIFAR-10S study did (judged an annotation error)");
        }
        return Reading.asTyped(value, Double.toString(value));
    }

    /**
     * Reads the typed probability of the second class (0-100 scale). The value is {@code NaN}
     * when no second class was chosen, when nothing was typed, or when the text is not a number.
     *
     * @param typed the text as typed, possibly empty
     * @param secondChosen whether the annotator chose a second most probable class
     */
    public Reading readSecondProbability(String typed, boolean secondChosen) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return Reading.asTyped(Double.NaN, text);
        }
        double value = parseNumber(text);
        if (Double.isNaN(value)) {
            if (this == CIFAR10S_STUDY) {
                return Reading.altered(Double.NaN, text, "the second probability '" + text + "' is not a number and"
                        + " is ignored, as the CIFAR-10S study did");
            }
            return Reading.flagged(text, AnswerFlag.UNPARSEABLE_SECOND_PROBABILITY);
        }
        return Reading.asTyped(secondChosen ? value : Double.NaN, text);
    }

    /** The value of a plain decimal number, or {@code NaN} when {@code text} is not one. */
    public static double parseNumber(String text) {
        String t = text == null ? "" : text.trim();
        return NUMBER.matcher(t).matches() ? Double.parseDouble(t) : Double.NaN;
    }

    /**
     * The result of reading one typed value.
     *
     * @param value the value used ({@code NaN} when there is none)
     * @param typed the text as typed (trimmed)
     * @param flag the flag raised, or {@code null}
     * @param alteredBecause why the policy changed the value, or {@code null} when it did not
     */
    public record Reading(double value, String typed, AnswerFlag flag, String alteredBecause) {

        static Reading asTyped(double value, String typed) {
            return new Reading(value, typed, null, null);
        }

        static Reading flagged(String typed, AnswerFlag flag) {
            return new Reading(Double.NaN, typed, flag, null);
        }

        static Reading altered(double value, String typed, String why) {
            return new Reading(value, typed, null, why);
        }

        /** Whether the policy changed the value. */
        public boolean isAltered() {
            return alteredBecause != null;
        }
    }
}
