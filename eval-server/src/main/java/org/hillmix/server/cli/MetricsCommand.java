package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyReader;
import org.hillmix.core.metrics.EqualMassBins;
import org.hillmix.core.metrics.MetricReport;
import org.hillmix.core.metrics.Metrics;
import org.hillmix.core.metrics.Predictions;
import org.hillmix.core.metrics.ReliabilityBin;
import org.hillmix.core.metrics.SoftTargetMetrics;
import org.hillmix.core.progress.ProgressMonitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix metrics}: the full calibration metric set ({@code docs/metrics.md}) of predicted
 * probabilities stored as NumPy {@code .npy} files, printed as one JSON object on stdout. NaN
 * values (empty reliability bins, an undefined entropy correlation) are written as {@code null}.
 * Exit 0 on success, 2 with one line on stderr for bad input.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Calibration metrics of predicted probabilities (.npy) as one JSON object.",
            "Definitions: docs/metrics.md."})
public final class MetricsCommand implements Callable<Integer> {

    /** How far a row may miss 1 when {@code --renormalise} is given. */
    static final double RENORMALISE_MAX_DEVIATION = 1e-3;

    @Spec
    CommandSpec spec;

    @Option(names = "--probs", required = true, paramLabel = "P.npy",
            description = "Predicted probabilities, 2-D float array n x k; rows sum to 1 (within 1e-6).")
    Path probs;

    @Option(names = "--labels", required = true, paramLabel = "L.npy",
            description = "Hard labels, 1-D integer array of n class indices in 0..k-1.")
    Path labels;

    @Option(names = "--targets", paramLabel = "T.npy",
            description = "Human soft targets, 2-D float array n x k (optional).")
    Path targets;

    @Option(names = "--bins", defaultValue = "" + Metrics.DEFAULT_BINS, paramLabel = "B",
            description = "Equal-width and equal-mass bins, 1 to " + Metrics.MAX_BINS + " (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--rms-bin-size", defaultValue = "" + EqualMassBins.DEFAULT_RMS_BIN_SIZE, paramLabel = "BETA",
            description = "Examples per bin of the RMS calibration error (default: ${DEFAULT-VALUE}).")
    int rmsBinSize;

    @Option(names = "--renormalise",
            description = "Divide each probability and target row by its sum first (for float32 files whose rows"
                    + " miss 1 by rounding); rows must still sum to 1 within 1e-3.")
    boolean renormalise;

    @Override
    public Integer call() throws IOException {
        if (bins < 1 || bins > Metrics.MAX_BINS) {
            throw new IllegalArgumentException("--bins must be between 1 and " + Metrics.MAX_BINS + ", got " + bins);
        }
        if (rmsBinSize < 1) {
            throw new IllegalArgumentException("--rms-bin-size must be >= 1, got " + rmsBinSize);
        }
        NpyArray p = read(probs, "--probs");
        NpyArray l = read(labels, "--labels");
        NpyArray t = targets == null ? null : read(targets, "--targets");

        if (p.ndim() != 2 || !p.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(name(probs) + ": probabilities must be a 2-D float array (n x k), got "
                    + describe(p));
        }
        int n = p.dim(0);
        int k = p.dim(1);
        if (n == 0) {
            throw new IllegalArgumentException(name(probs) + " has no rows; metrics need at least one example");
        }
        if (l.ndim() != 1 || l.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(name(labels) + ": labels must be a 1-D integer array (n), got "
                    + describe(l) + "; save them with labels.astype(np.int64).ravel()");
        }
        if (l.dim(0) != n) {
            throw new IllegalArgumentException(name(labels) + " has " + l.dim(0) + " labels but " + name(probs)
                    + " has " + n + " rows; they must describe the same examples");
        }
        if (t != null && !Arrays.equals(t.shape(), p.shape())) {
            throw new IllegalArgumentException(name(targets) + " has " + describe(t) + " but " + name(probs)
                    + " has " + describe(p) + "; targets must have one row per example and one column per class");
        }
        if (t != null && !t.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(name(targets) + ": targets must be a float array, got " + describe(t));
        }
        int[] y;
        try {
            y = l.asIntArray();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(name(labels) + ": " + e.getMessage(), e);
        }
        double[] flatP = p.asDoubleArray();
        double[] flatT = t == null ? null : t.asDoubleArray();
        if (renormalise) {
            renormalise(probs, "probabilities", flatP, k);
            if (flatT != null) {
                renormalise(targets, "targets", flatT, k);
            }
        }
        Predictions predictions;
        try {
            predictions = Predictions.ofFlat(flatP, k, y, flatT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(blame(e.getMessage()) + ": " + e.getMessage(), e);
        }
        MetricReport r = Metrics.compute(predictions, bins, rmsBinSize, ProgressMonitor.NULL);
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(r));
        out.flush();
        return 0;
    }

    private static void renormalise(Path file, String what, double[] flat, int k) {
        try {
            Predictions.renormaliseRows(what, flat, k, RENORMALISE_MAX_DEVIATION);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name(file) + ": " + e.getMessage(), e);
        }
    }

    /** Which file a validation message is about, from its first word. */
    private String blame(String message) {
        if (message.startsWith("targets") && targets != null) {
            return name(targets);
        }
        if (message.startsWith("label")) {
            return name(labels);
        }
        return name(probs);
    }

    private static NpyArray read(Path file, String option) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " file not found: " + file);
        }
        // mapped: a one-shot read of up to hundreds of MB is converted once, so a heap copy of the file is waste
        return NpyReader.map(file);
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    private static String describe(NpyArray a) {
        StringBuilder s = new StringBuilder("shape (");
        int[] shape = a.shape();
        for (int i = 0; i < shape.length; i++) {
            s.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").append(" ").append(a.dtype().numpyName()).toString();
    }

    /** The report as a JSON object (snake_case names; NaN as null). */
    static String toJson(MetricReport r) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = json.createObjectNode();
        o.put("n", r.n());
        o.put("classes", r.classes());
        o.put("bins", r.bins());
        put(o, "accuracy", r.accuracy());
        put(o, "top2_accuracy", r.top2Accuracy());
        put(o, "worst_class_accuracy", r.worstClassAccuracy());
        o.put("worst_class", r.worstClass());
        put(o, "nll", r.nll());
        put(o, "brier", r.brier());
        put(o, "entropy", r.entropy());
        put(o, "ece", r.ece());
        put(o, "mce", r.mce());
        put(o, "ece_equal_mass", r.eceEqualMass());
        put(o, "debiased_squared_ece", r.debiasedSquaredEce());
        put(o, "debiased_ece", r.debiasedEce());
        put(o, "classwise_ece", r.classwiseEce());
        put(o, "rms_calibration_error", r.rmsCalibrationError());
        o.put("rms_bin_size", r.rmsBinSize());
        ArrayNode rel = o.putArray("reliability");
        for (ReliabilityBin b : r.reliability()) {
            ObjectNode bin = rel.addObject();
            put(bin, "lower", b.lower());
            put(bin, "upper", b.upper());
            bin.put("count", b.count());
            put(bin, "mean_confidence", b.meanConfidence());
            put(bin, "accuracy", b.accuracy());
        }
        SoftTargetMetrics s = r.softTargets();
        if (s != null) {
            put(o, "cross_entropy_to_targets", s.crossEntropy());
            put(o, "kl_to_targets", s.kl());
            put(o, "js_to_targets", s.jensenShannon());
            put(o, "l1_to_targets", s.l1());
            put(o, "target_entropy", s.targetEntropy());
            put(o, "entropy_correlation", s.entropyCorrelation());
        }
        return json.writeValueAsString(o);
    }

    private static void put(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }
}
