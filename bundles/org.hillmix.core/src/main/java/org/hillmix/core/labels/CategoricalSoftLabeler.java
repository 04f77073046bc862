package org.hillmix.core.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.CategoricalAnswer;

/**
 * Builds one annotator's soft label from a {@link CategoricalAnswer} exactly as the CIFAR-10S
 * study did (Collins, Bhatt and Weller, HCOMP 2022; reproduces every published
 * {@code top2-clamp} label).
 *
 * <p>Notation: {@code K} classes; {@code p1}, {@code p2} the answered probabilities on the 0-100
 * scale; {@code P} the classes not marked impossible; {@code gamma} the scheme's factor.
 * <ol>
 * <li>Start from {@code v = 0}; set {@code v[top] = p1/100}; for top-2 schemes, when a second
 * class was chosen with a usable probability, set {@code v[second] = p2/100}. The second value is
 * written after the first, so when the second class is the most probable class itself only the
 * second probability remains (the study's rule).</li>
 * <li>{@code m = sum(v)} (summed in double precision from the divided values, as the study did).
 * {@code S} = classes with {@code v > 0}, {@code Z} = classes with {@code v = 0}. A chosen class
 * answered with probability 0 is in {@code Z}.</li>
 * <li>If {@code m < 1}: the remainder {@code r = 1 - m} is to be spread, nothing is damped.
 * Otherwise {@code v = v / m}; for clamp with {@code d != 0} (below) {@code r = gamma} and the
 * existing mass is damped by {@code (1 - gamma)}; for every other case {@code r = 0}.</li>
 * <li>Clamp: {@code d = |P| - |S|}; if {@code d > 0}, every class in {@code P ∩ Z} gets
 * {@code r/d} and, when damping, every class in {@code S} is multiplied by {@code (1 - gamma)}.
 * When no chosen class is marked impossible, {@code |P ∩ Z| = d} and exactly {@code r} is spread.
 * When an annotator marked a chosen class impossible, the study still divides by {@code d}, so
 * {@code P ∩ Z} receives more than {@code r} in all and step 5 rescales; this is reproduced
 * (it matters for 45 published answers). If {@code d <= 0} nothing is spread or damped (for
 * {@code d < 0} the study's code would write negative masses; no published answer has it).</li>
 * <li>Uniform: if {@code Z} is not empty, every class in {@code Z} (impossible ones included)
 * gets {@code r/|Z|}. None: nothing is added.</li>
 * <li>{@code v = v / sum(v)}. When {@code sum(v)} is 0 (nothing answered and nowhere to spread,
 * e.g. top probability 0 under {@code none}) no label exists and an
 * {@link IllegalArgumentException} is thrown.</li>
 * </ol>
 *
 * <p>{@code hmix-published} ({@link Redistribution#HMIX_PUBLISHED}, top-2 only) replaces steps 3-5:
 * if {@code d <= 0} nothing is added; otherwise every class in {@code P ∩ Z} gets {@code r/d},
 * with {@code r = 1 - m} when {@code m < 1} and {@code r = gamma} otherwise, and when
 * {@code m > 1} each class in {@code S} first loses {@code gamma/|S|} (floored at 0). Nothing is
 * divided by {@code m} first, so a complete answer ({@code m = 1}) is not damped but divided by
 * {@code 1 + gamma} in step 6. This reproduces all 216 published H-Mix per-annotator labels
 * ({@code hmix_individ_soft_labels.json}, Collins et al., UAI 2023), of which {@code top2-clamp}
 * reproduces 157.
 *
 * <p>Worked example (top2-clamp, gamma 0.1): deer 80, horse 20, only cat and dog left possible
 * besides them. {@code m = 1}, {@code P = {cat, deer, dog, horse}}, {@code S = {deer, horse}},
 * {@code d = 2}: deer {@code 0.8 * 0.9 = 0.72}, horse {@code 0.18}, cat and dog
 * {@code 0.1 / 2 = 0.05} each.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CategoricalSoftLabeler {

    private final ClassSet classes;
    private final SoftLabelScheme scheme;

    /** A labeler for answers over {@code classes} under {@code scheme}. */
    public CategoricalSoftLabeler(ClassSet classes, SoftLabelScheme scheme) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /** The scheme this labeler applies. */
    public SoftLabelScheme scheme() {
        return scheme;
    }

    /** The class set labels are over. */
    public ClassSet classes() {
        return classes;
    }

    /**
     * The soft label of {@code answer}: {@code K} non-negative values summing to 1.
     *
     * @throws IllegalArgumentException when the answer is malformed (class index out of range,
     *     probability not a number or outside 0-100) or gives no mass anywhere
     */
    public double[] label(CategoricalAnswer answer) {
        double[] out = new double[classes.size()];
        labelInto(answer, out);
        return out;
    }

    /**
     * Writes the soft label of {@code answer} into {@code out} (length {@code K}); allocation-free
     * for bulk use.
     *
     * @throws IllegalArgumentException as {@link #label(CategoricalAnswer)}
     */
    public void labelInto(CategoricalAnswer answer, double[] out) {
        int k = classes.size();
        if (out.length != k) {
            throw new IllegalArgumentException("label buffer has length " + out.length + ", expected " + k);
        }
        checkWellFormed(answer);
        java.util.Arrays.fill(out, 0.0);
        out[answer.mostProbable()] = answer.mostProbability() / 100;
        if (scheme.top() == 2 && answer.hasSecondProbability()) {
            out[answer.secondProbable()] = answer.secondProbability() / 100;
        }
        double m = 0;
        int massCount = 0;
        for (double v : out) {
            m += v;
            if (v > 0) {
                massCount++;
            }
        }
        int possibleCount = k - answer.impossible().size();
        int d = possibleCount - massCount;
        if (scheme.redistribution() == Redistribution.HMIX_PUBLISHED) {
            spreadAsHmixPublished(out, m, massCount, d, answer.impossible());
            normalise(answer, out);
            return;
        }
        double rest;
        boolean damp = false;
        if (m < 1) {
            rest = 1 - m;
        } else {
            for (int i = 0; i < k; i++) {
                out[i] /= m;
            }
            boolean clampSpreads = scheme.redistribution() == Redistribution.CLAMP && d > 0;
            rest = clampSpreads ? scheme.gamma() : 0;
            damp = clampSpreads;
        }
        switch (scheme.redistribution()) {
            case CLAMP -> {
                if (d > 0) {
                    double share = rest / d;
                    List<Integer> impossible = answer.impossible();
                    for (int i = 0; i < k; i++) {
                        if (out[i] > 0) {
                            if (damp) {
                                out[i] *= 1 - scheme.gamma();
                            }
                        } else if (!impossible.contains(i)) {
                            out[i] = share;
                        }
                    }
                }
            }
            case UNIFORM -> {
                int zeroCount = k - massCount;
                if (zeroCount > 0 && rest > 0) {
                    double share = rest / zeroCount;
                    for (int i = 0; i < k; i++) {
                        if (out[i] == 0) {
                            out[i] = share;
                        }
                    }
                }
            }
            case NONE -> {
                // the remainder is not placed anywhere; normalisation below rescales
            }
            case HMIX_PUBLISHED -> throw new AssertionError("handled above");
        }
        normalise(answer, out);
    }

    /**
     * The H-Mix rule (step 3-4 of {@link Redistribution#HMIX_PUBLISHED} in the class comment):
     * nothing when {@code d <= 0}; otherwise {@code r/d} onto every possible class without mass,
     * {@code r = 1 - m} below 1 and {@code gamma} from 1 on, after taking {@code gamma/|S|} off each
     * chosen class (floored at 0) when {@code m > 1}.
     */
    private void spreadAsHmixPublished(double[] out, double m, int massCount, int d, List<Integer> impossible) {
        if (d <= 0) {
            return;
        }
        double gamma = scheme.gamma();
        double rest = m < 1 ? 1 - m : gamma;
        boolean[] hadMass = new boolean[out.length];
        for (int i = 0; i < out.length; i++) {
            hadMass[i] = out[i] > 0;
        }
        if (m > 1) {
            double cut = gamma / massCount;
            for (int i = 0; i < out.length; i++) {
                if (hadMass[i]) {
                    out[i] = Math.max(0, out[i] - cut);
                }
            }
        }
        double share = rest / d;
        for (int i = 0; i < out.length; i++) {
            if (!hadMass[i] && !impossible.contains(i)) {
                out[i] += share;
            }
        }
    }

    /** Step 5/6: divides by the sum, or refuses an answer that left no mass anywhere. */
    private void normalise(CategoricalAnswer answer, double[] out) {
        int k = out.length;
        double total = 0;
        for (double v : out) {
            total += v;
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new IllegalArgumentException("answer " + describe(answer) + " gives no probability to any class under "
                    + scheme.id() + "; it has no soft label (a most probable class probability above 0, or a"
                    + " redistribution with a possible class to spread over, is needed)");
        }
        for (int i = 0; i < k; i++) {
            out[i] /= total;
        }
    }

    private void checkWellFormed(CategoricalAnswer a) {
        int k = classes.size();
        List<String> problems = new ArrayList<>();
        if (a.mostProbable() < 0 || a.mostProbable() >= k) {
            problems.add("most probable class index " + a.mostProbable() + " is out of range 0-" + (k - 1));
        }
        if (a.hasSecond() && (a.secondProbable() < 0 || a.secondProbable() >= k)) {
            problems.add("second class index " + a.secondProbable() + " is out of range 0-" + (k - 1));
        }
        for (int c : a.impossible()) {
            if (c < 0 || c >= k) {
                problems.add("impossible class index " + c + " is out of range 0-" + (k - 1));
            }
        }
        if (!(a.mostProbability() >= 0 && a.mostProbability() <= 100)) {
            problems.add("most probable class probability " + a.mostProbability() + " is not in 0-100");
        }
        if (a.hasSecondProbability() && !(a.secondProbability() >= 0 && a.secondProbability() <= 100)) {
            problems.add("second probability " + a.secondProbability() + " is not in 0-100");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot build a soft label from answer " + describe(a) + ": "
                    + String.join("; ", problems));
        }
    }

    /** A readable form of {@code a} with class names, for messages. */
    public String describe(CategoricalAnswer a) {
        StringBuilder sb = new StringBuilder("{most probable ").append(className(a.mostProbable())).append(' ')
                .append(a.mostProbability());
        if (a.hasSecond()) {
            sb.append(", second ").append(className(a.secondProbable())).append(' ').append(a.secondProbability());
        } else {
            sb.append(", no second");
        }
        sb.append(", impossible [");
        for (int i = 0; i < a.impossible().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(className(a.impossible().get(i)));
        }
        return sb.append("]}").toString();
    }

    private String className(int index) {
        return index >= 0 && index < classes.size() ? classes.name(index) : "#" + index;
    }
}
