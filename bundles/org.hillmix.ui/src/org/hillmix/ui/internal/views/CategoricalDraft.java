package org.hillmix.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.hillmix.core.protocol.CategoricalAnswer;

/**
 * The answer being filled in. It only tracks which questions are answered; whether the answer is
 * legal or odd is decided by the core's validator once it is complete.
 */
public final class CategoricalDraft {

    /** What still has to be answered before the answer is complete. */
    public enum Missing {
        /** No most probable class chosen. */
        TOP_CLASS,
        /** No probability typed for the most probable class. */
        TOP_PROBABILITY,
        /** Neither a second class nor "none" chosen. */
        SECOND_CHOICE,
        /** A second class chosen but no probability typed for it. */
        SECOND_PROBABILITY
    }

    /** {@link #second()} before the annotator chose a second class or none. */
    public static final int UNSET = -2;

    private int top = -1;
    private int second = UNSET;
    private String topProbability = "";
    private String secondProbability = "";
    private final Set<Integer> impossible = new TreeSet<>();

    /** Most probable class index, or -1 when not chosen. */
    public int top() {
        return top;
    }

    /** Chooses the most probable class. */
    public void setTop(int index) {
        top = index;
    }

    /** Second class index, {@link CategoricalAnswer#NONE} for none, or {@link #UNSET}. */
    public int second() {
        return second;
    }

    /** Chooses the second class, or {@link CategoricalAnswer#NONE}. */
    public void setSecond(int index) {
        second = index;
    }

    /** The typed probability of the most probable class. */
    public String topProbability() {
        return topProbability;
    }

    /** Sets the typed probability of the most probable class (digits, 0-100). */
    public void setTopProbability(String text) {
        topProbability = text == null ? "" : text.trim();
    }

    /** The typed probability of the second class. */
    public String secondProbability() {
        return secondProbability;
    }

    /** Sets the typed probability of the second class (digits, 0-100). */
    public void setSecondProbability(String text) {
        secondProbability = text == null ? "" : text.trim();
    }

    /** Whether class {@code index} is marked impossible. */
    public boolean isImpossible(int index) {
        return impossible.contains(index);
    }

    /** Marks or unmarks class {@code index} as impossible. */
    public void setImpossible(int index, boolean value) {
        if (value) {
            impossible.add(index);
        } else {
            impossible.remove(index);
        }
    }

    /**
     * Fills the draft with {@code answer} (an answer withdrawn by undo, to be corrected):
     * probabilities as whole numbers when they are whole, a missing second probability as empty.
     */
    public void fill(CategoricalAnswer answer) {
        clear();
        top = answer.mostProbable();
        topProbability = number(answer.mostProbability());
        second = answer.secondProbable();
        secondProbability = answer.hasSecondProbability() ? number(answer.secondProbability()) : "";
        impossible.addAll(answer.impossible());
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Clears every answer. */
    public void clear() {
        top = -1;
        second = UNSET;
        topProbability = "";
        secondProbability = "";
        impossible.clear();
    }

    /** What is still unanswered, in question order; empty when the answer is complete. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (top < 0) {
            missing.add(Missing.TOP_CLASS);
        }
        if (topProbability.isEmpty()) {
            missing.add(Missing.TOP_PROBABILITY);
        }
        if (second == UNSET) {
            missing.add(Missing.SECOND_CHOICE);
        } else if (second != CategoricalAnswer.NONE && secondProbability.isEmpty()) {
            missing.add(Missing.SECOND_PROBABILITY);
        }
        return missing;
    }

    /** The answer, once every question is answered. Probabilities that are not numbers become NaN. */
    public Optional<CategoricalAnswer> answer() {
        if (!missing().isEmpty()) {
            return Optional.empty();
        }
        double p2 = second == CategoricalAnswer.NONE ? Double.NaN : parse(secondProbability);
        return Optional.of(new CategoricalAnswer(top, parse(topProbability), second, p2, List.copyOf(impossible)));
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
