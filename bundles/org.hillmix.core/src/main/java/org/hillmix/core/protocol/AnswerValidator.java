package org.hillmix.core.protocol;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.hillmix.core.data.ClassSet;

/**
 * Judges answers against a class set. Illegal answers get errors with specific messages;
 * suspicious-but-legal answers get {@link AnswerFlag}s. Answers are never altered.
 *
 * <p>Rules per protocol:
 * <ul>
 * <li>{@link CategoricalAnswer}: class indices within the class set; the most probable class
 * probability a finite number in 0-100; a second probability only with a second class, and then
 * {@code NaN} (no usable value) or 0-100. Flags: {@link AnswerFlag#TOP_PROBABILITY_ZERO},
 * {@link AnswerFlag#SECOND_ABOVE_TOP}, {@link AnswerFlag#PROBABILITIES_SUM_OVER_100},
 * {@link AnswerFlag#SECOND_SAME_AS_MOST_PROBABLE}, {@link AnswerFlag#CHOSEN_CLASS_MARKED_IMPOSSIBLE},
 * {@link AnswerFlag#ALL_OTHER_CLASSES_IMPOSSIBLE}, {@link AnswerFlag#SECOND_CLASS_WITHOUT_PROBABILITY},
 * {@link AnswerFlag#SECOND_PROBABILITY_ZERO}. A second class equal to the most probable class is
 * flagged rather than rejected because the published CIFAR-10S data holds 153 such answers and
 * its labels are built from them. The {@linkplain #forElicitation elicitation validator} refuses
 * the two self-contradictory answers instead (second class equal to the most probable one, a
 * chosen class also marked impossible): an annotator answering now can correct them, and the
 * lenient reading exists only for published data that cannot be asked again.</li>
 * <li>{@link MixingFactorAnswer}: slider and confidence finite in 0-100; flag
 * {@link AnswerFlag#CONFIDENCE_ZERO}.</li>
 * <li>{@link ConstructMidpointAnswer}: start and final lambda finite in 0-1, step in (0, 1]; flags
 * {@link AnswerFlag#CONSTRUCT_UNMOVED}, {@link AnswerFlag#CONSTRUCT_OFF_STEP_GRID},
 * {@link AnswerFlag#MIDPOINT_AT_END_POINT}.</li>
 * <li>{@link SelectShuffledAnswer}: the chosen lambda and every shown lambda one of the 11 values
 * 0.0, 0.1, ..., 1.0 (within {@value #GRID_TOLERANCE}, as the published files hold values such
 * as {@code 0.5000000000000001}); flag {@link AnswerFlag#MIDPOINT_AT_END_POINT}.</li>
 * <li>{@link FreeDistributionAnswer}: one weight per class, each finite and non-negative, not all
 * zero.</li>
 * </ul>
 */
public final class AnswerValidator {

    /** Tolerance for lambdas on the 0.1 grid and for whole numbers of construct steps. */
    public static final double GRID_TOLERANCE = 1e-9;

    private final ClassSet classes;
    private final boolean elicitation;

    /**
     * A validator for answers about items of {@code classes} as stored or imported: contradictory
     * categorical answers are flagged, not refused (see the class comment).
     */
    public AnswerValidator(ClassSet classes) {
        this(classes, false);
    }

    private AnswerValidator(ClassSet classes, boolean elicitation) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.elicitation = elicitation;
    }

    /**
     * The validator of an annotation session, for answers being given now: like {@link
     * #AnswerValidator(ClassSet)}, but a categorical answer whose second most probable class is the
     * most probable class, or that marks a chosen class impossible, is an error (naming the class
     * and what to change) instead of a flag.
     */
    public static AnswerValidator forElicitation(ClassSet classes) {
        return new AnswerValidator(classes, true);
    }

    /** Whether this validator refuses contradictory answers ({@link #forElicitation}). */
    public boolean isForElicitation() {
        return elicitation;
    }

    /** The class set answers are judged against. */
    public ClassSet classes() {
        return classes;
    }

    /** Validates {@code answer}; never throws for a non-null answer. */
    public AnswerValidation validate(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        List<String> errors = new ArrayList<>();
        Set<AnswerFlag> flags = EnumSet.noneOf(AnswerFlag.class);
        switch (answer) {
            case CategoricalAnswer a -> categorical(a, errors, flags);
            case MixingFactorAnswer a -> mixingFactor(a, errors, flags);
            case ConstructMidpointAnswer a -> construct(a, errors, flags);
            case SelectShuffledAnswer a -> selectShuffled(a, errors, flags);
            case FreeDistributionAnswer a -> freeDistribution(a, errors);
        }
        return new AnswerValidation(errors, flags);
    }

    private void categorical(CategoricalAnswer a, List<String> errors, Set<AnswerFlag> flags) {
        int k = classes.size();
        boolean topOk = checkClass(a.mostProbable(), "most probable class", errors);
        boolean secondOk = a.secondProbable() == CategoricalAnswer.NONE
                || checkClass(a.secondProbable(), "second most probable class", errors);
        boolean impossibleOk = true;
        for (int c : a.impossible()) {
            impossibleOk &= checkClass(c, "impossible class", errors);
        }
        double p1 = a.mostProbability();
        boolean p1Ok = checkPercent(p1, "most probable class probability", errors);
        double p2 = a.secondProbability();
        boolean p2Ok = true;
        if (!a.hasSecond()) {
            if (!Double.isNaN(p2)) {
                errors.add("second probability " + fmt(p2) + " given without a second class; use NaN when no"
                        + " second class is chosen");
                p2Ok = false;
            }
        } else if (!Double.isNaN(p2)) {
            p2Ok = checkPercent(p2, "second most probable class probability", errors);
        }
        if (!(topOk && secondOk && impossibleOk && p1Ok && p2Ok)) {
            return; // flags about values only make sense for a well-formed answer
        }
        if (elicitation && contradictions(a, errors)) {
            return;
        }
        if (p1 == 0) {
            flags.add(AnswerFlag.TOP_PROBABILITY_ZERO);
        }
        if (a.hasSecond()) {
            if (a.secondProbable() == a.mostProbable()) {
                flags.add(AnswerFlag.SECOND_SAME_AS_MOST_PROBABLE);
            }
            if (Double.isNaN(p2)) {
                flags.add(AnswerFlag.SECOND_CLASS_WITHOUT_PROBABILITY);
            } else {
                if (p2 == 0) {
                    flags.add(AnswerFlag.SECOND_PROBABILITY_ZERO);
                }
                if (p2 > p1) {
                    flags.add(AnswerFlag.SECOND_ABOVE_TOP);
                }
                if (p1 + p2 > 100) {
                    flags.add(AnswerFlag.PROBABILITIES_SUM_OVER_100);
                }
            }
        }
        List<Integer> impossible = a.impossible();
        if (impossible.contains(a.mostProbable()) || a.hasSecond() && impossible.contains(a.secondProbable())) {
            flags.add(AnswerFlag.CHOSEN_CLASS_MARKED_IMPOSSIBLE);
        }
        double given = p1 + (a.hasSecondProbability() ? p2 : 0);
        if (given < 100 && allOthersImpossible(a, k)) {
            flags.add(AnswerFlag.ALL_OTHER_CLASSES_IMPOSSIBLE);
        }
    }

    /** Adds an error per contradiction of a well-formed categorical answer; whether there was one. */
    private boolean contradictions(CategoricalAnswer a, List<String> errors) {
        int before = errors.size();
        if (a.hasSecond() && a.secondProbable() == a.mostProbable()) {
            errors.add("the second most probable class cannot be the most probable class itself ("
                    + classes.name(a.mostProbable()) + "): choose another class or none");
        }
        if (a.impossible().contains(a.mostProbable())) {
            errors.add(classes.name(a.mostProbable()) + " is chosen as the most probable class and also marked"
                    + " impossible: unmark it or choose another class");
        }
        if (a.hasSecond() && a.secondProbable() != a.mostProbable() && a.impossible().contains(a.secondProbable())) {
            errors.add(classes.name(a.secondProbable()) + " is chosen as the second most probable class and also"
                    + " marked impossible: unmark it or choose another class");
        }
        return errors.size() > before;
    }

    private static boolean allOthersImpossible(CategoricalAnswer a, int k) {
        for (int c = 0; c < k; c++) {
            boolean chosen = c == a.mostProbable() || a.hasSecond() && c == a.secondProbable();
            if (!chosen && !a.impossible().contains(c)) {
                return false;
            }
        }
        return true;
    }

    private void mixingFactor(MixingFactorAnswer a, List<String> errors, Set<AnswerFlag> flags) {
        boolean ok = checkPercent(a.slider(), "mixing-factor slider", errors);
        ok &= checkPercent(a.confidence(), "confidence", errors);
        if (ok && a.confidence() == 0) {
            flags.add(AnswerFlag.CONFIDENCE_ZERO);
        }
    }

    private static void construct(ConstructMidpointAnswer a, List<String> errors, Set<AnswerFlag> flags) {
        boolean ok = checkLambda(a.startValue(), "construct start lambda", errors);
        ok &= checkLambda(a.finalValue(), "construct final lambda", errors);
        double step = a.step();
        if (!(step > 0 && step <= 1)) {
            errors.add("construct step " + fmt(step) + " is outside (0, 1]; the published study used 0.1");
            ok = false;
        }
        if (!ok) {
            return;
        }
        double steps = (a.finalValue() - a.startValue()) / step;
        if (Math.abs(a.finalValue() - a.startValue()) <= GRID_TOLERANCE) {
            flags.add(AnswerFlag.CONSTRUCT_UNMOVED);
        } else if (Math.abs(steps - Math.rint(steps)) > GRID_TOLERANCE / step) {
            flags.add(AnswerFlag.CONSTRUCT_OFF_STEP_GRID);
        }
        if (isEndPoint(a.finalValue())) {
            flags.add(AnswerFlag.MIDPOINT_AT_END_POINT);
        }
    }

    private static void selectShuffled(SelectShuffledAnswer a, List<String> errors, Set<AnswerFlag> flags) {
        boolean ok = checkGrid(a.selectedLambda(), "selected lambda", errors);
        for (int i = 0; i < a.shownOrder().size(); i++) {
            Double shown = a.shownOrder().get(i);
            checkGrid(shown == null ? Double.NaN : shown, "shown lambda #" + (i + 1), errors);
        }
        if (ok && isEndPoint(a.selectedLambda())) {
            flags.add(AnswerFlag.MIDPOINT_AT_END_POINT);
        }
    }

    private void freeDistribution(FreeDistributionAnswer a, List<String> errors) {
        List<Double> w = a.weights();
        if (w.size() != classes.size()) {
            errors.add("free distribution has " + w.size() + " weights; expected one per class (" + classes.size()
                    + ")");
            return;
        }
        double sum = 0;
        for (int i = 0; i < w.size(); i++) {
            Double v = w.get(i);
            if (v == null || !Double.isFinite(v)) {
                errors.add("weight of class " + classes.name(i) + " is " + v + "; expected a finite number");
            } else if (v < 0) {
                errors.add("weight of class " + classes.name(i) + " is negative (" + fmt(v) + ")");
            } else {
                sum += v;
            }
        }
        if (errors.isEmpty() && !(sum > 0)) {
            errors.add("all free-distribution weights are zero; give at least one class a positive weight");
        }
    }

    private boolean checkClass(int index, String what, List<String> errors) {
        if (index < 0 || index >= classes.size()) {
            errors.add(what + " index " + index + " is out of range 0-" + (classes.size() - 1) + " for "
                    + classes.size() + " classes");
            return false;
        }
        return true;
    }

    private static boolean checkPercent(double value, String what, List<String> errors) {
        if (Double.isNaN(value)) {
            errors.add(what + " is not a number; expected 0-100");
            return false;
        }
        if (!(value >= 0 && value <= 100)) {
            errors.add(what + " " + fmt(value) + " is outside 0-100");
            return false;
        }
        return true;
    }

    private static boolean checkLambda(double value, String what, List<String> errors) {
        if (!(value >= 0 && value <= 1)) {
            errors.add(what + " " + fmt(value) + " is outside 0-1");
            return false;
        }
        return true;
    }

    private static boolean checkGrid(double value, String what, List<String> errors) {
        if (!checkLambda(value, what, errors)) {
            return false;
        }
        double tenths = value * 10;
        if (Math.abs(tenths - Math.rint(tenths)) > GRID_TOLERANCE * 10) {
            errors.add(what + " " + fmt(value) + " is not one of the 11 values 0.0, 0.1, ..., 1.0");
            return false;
        }
        return true;
    }

    private static boolean isEndPoint(double lambda) {
        return lambda <= GRID_TOLERANCE || lambda >= 1 - GRID_TOLERANCE;
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return Double.toString(v);
    }
}
