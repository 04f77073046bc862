package org.hillmix.server.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.AggregatedLabel;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelAggregator;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;

/**
 * Soft-label construction and per-item aggregation over 1,000,000 synthetic CIFAR-10 categorical
 * answers (100,000 items x 10 annotators, seeded, shaped like the CIFAR-10S answers: a top class
 * with 40-100, a second class in half the answers, 0-9 impossible classes). Reports:
 * <ul>
 * <li>raw construction ({@link CategoricalSoftLabeler#labelInto}) per scheme, answers/s;</li>
 * <li>the full path ({@link SoftLabeling#labelAll}: validated judgment to {@link AnnotatorLabel}),
 * labels/s;</li>
 * <li>aggregation ({@link SoftLabelAggregator#aggregate}), labels/s and items/s.</li>
 * </ul>
 * Each figure is the best of 3 timed runs after a warm-up run.
 */
public final class SoftLabelBench {

    static final int ANSWERS = 1_000_000;
    static final int ANNOTATORS_PER_ITEM = 10;

    private SoftLabelBench() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(PrintStream out) {
        ClassSet classes = ClassSet.CIFAR10;
        out.printf(Locale.ROOT, "SoftLabelBench: %,d synthetic categorical answers, %,d items%n", ANSWERS,
                ANSWERS / ANNOTATORS_PER_ITEM);
        List<CategoricalAnswer> answers = synthetic(ANSWERS, new Random(20220701L));

        double[] buffer = new double[classes.size()];
        for (SoftLabelScheme s : SoftLabelScheme.all(SoftLabelScheme.DEFAULT_GAMMA)) {
            CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(classes, s);
            double best = Double.MAX_VALUE;
            double sink = 0;
            for (int run = 0; run < 4; run++) {
                long t0 = System.nanoTime();
                for (CategoricalAnswer a : answers) {
                    labeler.labelInto(a, buffer);
                    sink += buffer[3];
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                if (run > 0) {
                    best = Math.min(best, secs);
                }
            }
            out.printf(Locale.ROOT, "  construct %-12s %,12.0f answers/s  (%.3f s; checksum %.3f)%n", s.id(),
                    ANSWERS / best, best, sink);
        }

        AnswerValidator validator = new AnswerValidator(classes);
        List<SourcedJudgment> judgments = new ArrayList<>(ANSWERS);
        for (int i = 0; i < ANSWERS; i++) {
            Judgment j = Judgment.of("a" + (i % ANNOTATORS_PER_ITEM), Integer.toString(i / ANNOTATORS_PER_ITEM),
                    answers.get(i));
            judgments.add(SourcedJudgment.validated(j, "synthetic", List.of(), List.of(), validator));
        }
        answers = null; // the judgments hold them
        List<AnnotatorLabel> labels = null;
        double bestFull = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            labels = null;
            long t0 = System.nanoTime();
            labels = SoftLabeling.labelAll(judgments, classes, SoftLabelScheme.CIFAR10S_PUBLISHED, ProgressMonitor.NULL);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                bestFull = Math.min(bestFull, secs);
            }
        }
        out.printf(Locale.ROOT, "  labelAll top2-clamp    %,12.0f labels/s   (%.3f s)%n", ANSWERS / bestFull, bestFull);

        double bestAgg = Double.MAX_VALUE;
        List<AggregatedLabel> agg = List.of();
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            agg = SoftLabelAggregator.aggregate(labels, ProgressMonitor.NULL);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                bestAgg = Math.min(bestAgg, secs);
            }
        }
        double meanEntropy = agg.stream().mapToDouble(AggregatedLabel::entropy).average().orElse(Double.NaN);
        out.printf(Locale.ROOT, "  aggregate (mean+entropy) %,10.0f labels/s, %,.0f items/s  (%.3f s; %,d items,"
                + " mean entropy %.4f nats)%n", ANSWERS / bestAgg, agg.size() / bestAgg, bestAgg, agg.size(),
                meanEntropy);
    }

    /** Answers shaped like CIFAR-10S's. */
    static List<CategoricalAnswer> synthetic(int n, Random rnd) {
        List<CategoricalAnswer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int top = rnd.nextInt(10);
            double p1 = 40 + 5 * rnd.nextInt(13);
            int second = CategoricalAnswer.NONE;
            double p2 = Double.NaN;
            if (rnd.nextBoolean()) {
                second = (top + 1 + rnd.nextInt(9)) % 10;
                p2 = 5 * rnd.nextInt(1 + (int) (100 - p1) / 5 + 2); // sometimes over 100 in total
            }
            List<Integer> impossible = new ArrayList<>();
            int k = rnd.nextInt(10);
            for (int c = 0; c < 10 && impossible.size() < k; c++) {
                if (c != top && c != second && rnd.nextInt(10) < 8) {
                    impossible.add(c);
                }
            }
            out.add(new CategoricalAnswer(top, p1, second, p2, impossible));
        }
        return out;
    }

    /** Runs the benchmark on stdout. */
    public static void main(String[] args) {
        run(System.out);
    }
}
