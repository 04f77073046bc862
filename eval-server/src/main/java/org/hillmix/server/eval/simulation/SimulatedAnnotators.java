package org.hillmix.server.eval.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.MixingFactorAnswer;

/**
 * A panel of simulated annotators who answer from an image's known true class mixture, with the habits real
 * annotators show in the published studies.
 *
 * <p><b>Categorical protocol</b> (CIFAR-10S). Annotator {@code a} perceives
 * {@code q = softmax(sharpness_a * log(m + FLOOR) + sigma_a * z)}, {@code z ~ N(0, I)}, from the true mixture
 * {@code m}; with the annotator's lapse rate the top class is swapped for a random other class. The answer names
 * the most probable class of {@code q} with its probability rounded to the annotator's granularity (multiples of 5
 * or 10, as people round), a second class when its rounded probability is positive and leaves room
 * ({@code second <= min(top, 100 - top)}), and marks classes with {@code q_k < IMPOSSIBLE_BELOW} impossible with
 * the annotator's own tendency. The population's ranges (sigma in [0.34, 0.39], sharpness in [0.48, 2.31], lapse
 * in [0, 0.18], impossible tendency 1, {@link #FLOOR} 0.0033, {@link #IMPOSSIBLE_BELOW} 0.0167) were fitted to the
 * real CIFAR-10S answers, given each image's CIFAR-10H vote distribution as {@code m}: top-probability
 * distribution, second-class rate, impossible classes, label entropy and agreement (docs/simulated-annotators.md,
 * checked by a test on the real data).
 *
 * <p><b>Mixing-factor protocol</b> (H-Mix). For a mixed image {@code lambda * img1 + (1 - lambda) * img2} of
 * classes {@code c1, c2}, the perceived lambda is
 * {@code p = sigmoid(GAIN * logit(lambda) + s_c1 - s_c2 + b_a + eta_a * z)}: with {@link #PERCEPTION_GAIN} &gt; 1
 * people exaggerate the dominant image (the S-shaped bias of the H-Mix data, whose median perceived lambda is
 * about 0.14 at a true 0.25 and 0.83 at 0.75), {@code s_c} is a per-class salience, {@code b_a} the annotator's
 * bias and {@code eta_a} their noise. The slider is {@code round(100 * (1 - p))}; confidence grows with
 * {@code |2p - 1|} and is rounded to multiples of 5.
 *
 * <p>Everything is deterministic in the seed, the annotator and the item or stimulus number.
 */
public final class SimulatedAnnotators {

    /** Gain of the population's perceived-lambda curve on the logit scale. */
    public static final double PERCEPTION_GAIN = 1.5;

    /**
     * Floor added to the true mixture before taking logs, so that absent classes are unlikely, not impossible
     * (fitted to CIFAR-10S).
     */
    public static final double FLOOR = 0.0033;
    /** Perceived probabilities below this may be marked impossible (fitted to CIFAR-10S). */
    public static final double IMPOSSIBLE_BELOW = 0.0167;

    /**
     * One annotator's habits.
     *
     * @param sigma perception noise on the log scale
     * @param sharpness how strongly the annotator follows the dominant class
     * @param granularity probabilities are multiples of this (5 or 10)
     * @param impossibleTendency chance of marking an unlikely class impossible
     * @param lapse chance of naming a random wrong class as most probable
     * @param lambdaBias bias of the perceived lambda on the logit scale
     * @param lambdaNoise noise of the perceived lambda on the logit scale
     */
    public record Profile(double sigma, double sharpness, int granularity, double impossibleTendency, double lapse,
            double lambdaBias, double lambdaNoise) {
    }

    private final int numClasses;
    private final long seed;
    private final List<Profile> profiles;
    private final double[] salience;

    /**
     * Creates a panel.
     *
     * @param numClasses number of classes, >= 2
     * @param count number of annotators, >= 1
     * @param seed seed of the profiles and of every answer
     */
    public SimulatedAnnotators(int numClasses, int count, long seed) {
        if (numClasses < 2 || count < 1) {
            throw new IllegalArgumentException("simulated annotators need >= 2 classes and >= 1 annotator, got "
                    + numClasses + " and " + count);
        }
        this.numClasses = numClasses;
        this.seed = seed;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Profile> list = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            // Categorical ranges fitted to CIFAR-10S (docs/simulated-annotators.md); the impossible tendency
            // was fitted to 1: people mark nearly every class they see no trace of.
            double sigma = 0.34 + 0.055 * rnd.nextDouble();
            double sharpness = 0.48 + 1.83 * rnd.nextDouble();
            int granularity = rnd.nextBoolean() ? 10 : 5;
            double impossibleTendency = 1;
            double lapse = 0.18 * rnd.nextDouble();
            list.add(new Profile(sigma, sharpness, granularity, impossibleTendency, lapse, 0.25 * rnd.nextGaussian(),
                    0.3 + 0.5 * rnd.nextDouble()));
        }
        this.profiles = List.copyOf(list);
        this.salience = new double[numClasses];
        for (int c = 0; c < numClasses; c++) {
            salience[c] = 0.4 * rnd.nextGaussian();
        }
    }

    /** Number of annotators. */
    public int count() {
        return profiles.size();
    }

    /** The habits of annotator {@code a}. */
    public Profile profile(int a) {
        return profiles.get(a);
    }

    /** Salience {@code s_c} of class {@code c} in the mixing-factor model. */
    public double salience(int c) {
        return salience[c];
    }

    /**
     * The population's noise-free perceived lambda {@code sigmoid(GAIN * logit(lambda) + s_c1 - s_c2)}: the bias
     * a perception map fitted from this panel's judgments should recover (up to the annotators' own biases).
     */
    public double perceivedLambdaCurve(double trueLambda, int class1, int class2) {
        if (trueLambda <= 0 || trueLambda >= 1) {
            return Math.min(1, Math.max(0, trueLambda));
        }
        return sigmoid(PERCEPTION_GAIN * logit(trueLambda) + salience[class1] - salience[class2]);
    }

    /** The answers of every annotator about item {@code item} with true mixture {@code trueMixture}. */
    public List<CategoricalAnswer> categoricalAll(int item, double[] trueMixture) {
        List<CategoricalAnswer> out = new ArrayList<>(profiles.size());
        for (int a = 0; a < profiles.size(); a++) {
            out.add(categorical(a, item, trueMixture));
        }
        return out;
    }

    /** Annotator {@code a}'s categorical answer about item {@code item}. */
    public CategoricalAnswer categorical(int a, int item, double[] trueMixture) {
        checkMixture(trueMixture);
        Profile p = profiles.get(a);
        SplittableRandom rnd = random(1, a, item);
        double[] q = perceive(p, trueMixture, rnd);
        int[] order = argsortDescending(q);
        int top = order[0];
        int second = order[1];
        if (rnd.nextDouble() < p.lapse()) {
            // A lapse: the annotator names another class first (and keeps the true top as second choice).
            int wrong = rnd.nextInt(numClasses - 1);
            wrong = wrong >= top ? wrong + 1 : wrong;
            second = top;
            top = wrong;
            double t = q[top];
            q[top] = q[second];
            q[second] = t;
        }
        int g = p.granularity();
        double topProb = Math.max(g, Math.min(100, roundTo(100 * q[top], g)));
        double secondProb = Math.min(roundTo(100 * q[second], g), Math.min(topProb, 100 - topProb));
        List<Integer> impossible = new ArrayList<>();
        for (int k = 0; k < numClasses; k++) {
            if (k != top && (secondProb <= 0 || k != second) && q[k] < IMPOSSIBLE_BELOW && rnd.nextDouble() < p.impossibleTendency()) {
                impossible.add(k);
            }
        }
        if (secondProb <= 0) {
            return CategoricalAnswer.top1(top, topProb, impossible);
        }
        return new CategoricalAnswer(top, topProb, second, secondProb, impossible);
    }

    /**
     * A one-vote judgment (CIFAR-10H style): the most probable class annotator {@code a} perceives in item
     * {@code item}.
     */
    public int vote(int a, int item, double[] trueMixture) {
        checkMixture(trueMixture);
        Profile p = profiles.get(a);
        SplittableRandom rnd = random(2, a, item);
        double[] q = perceive(p, trueMixture, rnd);
        int top = argsortDescending(q)[0];
        if (rnd.nextDouble() < p.lapse()) {
            int wrong = rnd.nextInt(numClasses - 1);
            top = wrong >= top ? wrong + 1 : wrong;
        }
        return top;
    }

    /** The normalised votes of every annotator about item {@code item}. */
    public double[] votes(int item, double[] trueMixture) {
        double[] v = new double[numClasses];
        for (int a = 0; a < profiles.size(); a++) {
            v[vote(a, item, trueMixture)] += 1.0 / profiles.size();
        }
        return v;
    }

    /**
     * Annotator {@code a}'s mixing-factor answer about stimulus number {@code stimulus}, the mixture
     * {@code trueLambda * img1 + (1 - trueLambda) * img2} of classes {@code class1, class2}.
     */
    public MixingFactorAnswer mixingFactor(int a, long stimulus, double trueLambda, int class1, int class2) {
        if (!(trueLambda >= 0 && trueLambda <= 1)) {
            throw new IllegalArgumentException("true lambda must be in [0, 1], got " + trueLambda);
        }
        Profile p = profiles.get(a);
        SplittableRandom rnd = random(3, a, stimulus);
        double l = Math.min(0.995, Math.max(0.005, trueLambda));
        double perceived = sigmoid(PERCEPTION_GAIN * logit(l) + salience[class1] - salience[class2] + p.lambdaBias()
                + p.lambdaNoise() * rnd.nextGaussian());
        double slider = Math.round(100 * (1 - perceived));
        double confidence = roundTo(45 + 45 * Math.abs(2 * perceived - 1) + 10 * rnd.nextGaussian(), 5);
        return new MixingFactorAnswer(slider, Math.min(100, Math.max(0, confidence)));
    }

    private double[] perceive(Profile p, double[] m, SplittableRandom rnd) {
        double[] logits = new double[numClasses];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < numClasses; k++) {
            logits[k] = p.sharpness() * Math.log(m[k] + FLOOR) + p.sigma() * rnd.nextGaussian();
            max = Math.max(max, logits[k]);
        }
        double sum = 0;
        for (int k = 0; k < numClasses; k++) {
            logits[k] = Math.exp(logits[k] - max);
            sum += logits[k];
        }
        for (int k = 0; k < numClasses; k++) {
            logits[k] /= sum;
        }
        return logits;
    }

    private void checkMixture(double[] m) {
        if (m == null || m.length != numClasses) {
            throw new IllegalArgumentException("true mixture must have " + numClasses + " entries, got "
                    + (m == null ? "none" : m.length));
        }
    }

    private SplittableRandom random(int stream, int annotator, long item) {
        long h = seed;
        h = h * 0x9E3779B97F4A7C15L + stream;
        h = h * 0x9E3779B97F4A7C15L + annotator;
        h = h * 0x9E3779B97F4A7C15L + item;
        return new SplittableRandom(h);
    }

    private static int[] argsortDescending(double[] q) {
        Integer[] idx = new Integer[q.length];
        for (int i = 0; i < q.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> Double.compare(q[y], q[x]));
        int[] out = new int[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private static double roundTo(double v, int step) {
        return step * Math.round(v / step);
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
