package org.hillmix.server.eval.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.EvaluationReport.DataSummary;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.LabelSpec;
import org.hillmix.core.evaluation.SplitSpec;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.eval.simulation.MixingJudgment;
import org.hillmix.server.train.ExampleSet;

/**
 * A job's data after assembly: the train/validation/test {@link ExampleSet}s of a seeded stratified split and
 * the per-regime targets of the training items.
 *
 * <p>Assembly: load the data set; attach every label source; with {@code labelledOnly} (shared-cifar10) keep
 * only items with per-annotator soft labels when some source gives soft labels, else items with votes; with a
 * {@code limit}, keep a seeded class-stratified sample of that size; then split.
 *
 * <p>Human distribution of a test item (for the alignment metrics): its vote distribution when it has votes
 * (CIFAR-10H style, many annotators), else the mean of its annotators' soft labels, else none.
 *
 * @param classes class names
 * @param train training examples
 * @param validation validation examples (temperature scaling is fitted on them)
 * @param test test examples
 * @param trainAnnotatorLabels per training item, the per-annotator soft labels (possibly none)
 * @param trainVotes per training item, the vote distribution (null entries where none), or null when no
 *     source gives votes
 * @param testHuman per test item, the human label distribution or null
 * @param trainAmbiguous per training item, whether it is known to be ambiguous: a synthetic blend, or an item
 *     whose human distribution gives its most probable class less than 0.8
 * @param judgments mixing-factor judgments for the perception map
 * @param judgmentSource where the judgments come from (for the report)
 * @param summary the data summary of the report
 * @param warnings notes for the report
 */
public record JobData(ClassSet classes, ExampleSet train, ExampleSet validation, ExampleSet test,
        double[][][] trainAnnotatorLabels, double[][] trainVotes, double[][] testHuman, boolean[] trainAmbiguous,
        List<MixingJudgment> judgments, String judgmentSource, DataSummary summary, List<String> warnings) {

    /** Human distributions whose top class has less than this are counted as ambiguous. */
    public static final double AMBIGUOUS_TOP = 0.8;

    /**
     * Assembles the data of {@code config}.
     *
     * @param baseDir directory that relative paths in the config are resolved against
     * @throws IOException when files cannot be read
     * @throws IllegalArgumentException when data or labels are malformed or do not fit together
     */
    public static JobData prepare(JobConfig config, Path baseDir, ProgressMonitor monitor) throws IOException {
        ItemPool pool = pool(config, baseDir, monitor);
        if (config.split().isKfold()) {
            return folds(pool, config.split()).get(0);
        }
        return split(pool, config.split());
    }

    /**
     * Assembles the data of a {@code kfold} job: one {@link JobData} per fold, fold f testing the items of fold f
     * (see {@link StratifiedFolds}); every item is in exactly one test part.
     *
     * @throws IllegalArgumentException naming {@code split.folds} when it exceeds the smallest class
     */
    public static List<JobData> prepareFolds(JobConfig config, Path baseDir, ProgressMonitor monitor)
            throws IOException {
        return folds(pool(config, baseDir, monitor), config.split());
    }

    private static List<JobData> folds(ItemPool pool, SplitSpec spec) {
        StratifiedFolds folds = StratifiedFolds.of(pool.labels, spec.folds(), spec.seed(), pool.classes.names());
        List<JobData> out = new ArrayList<>();
        for (int f = 0; f < folds.folds(); f++) {
            out.add(split(pool, folds.run(f)));
        }
        return out;
    }

    private static ItemPool pool(JobConfig config, Path baseDir, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        ItemPool pool = DatasetLoader.load(config.dataset(), baseDir, pm);
        for (LabelSpec l : config.labels()) {
            pm.checkCancelled();
            LabelLoader.attach(l, pool, baseDir, pm);
        }
        if (config.dataset() instanceof DatasetSpec.SharedCifar10 s && s.labelledOnly()) {
            pool = labelledOnly(pool);
        }
        Integer limit = config.dataset().limitOrNull();
        if (limit != null && limit < pool.size()) {
            pool = pool.subset(stratifiedSample(pool.labels, limit, config.split().seed()));
        }
        return pool;
    }

    private static ItemPool labelledOnly(ItemPool pool) {
        boolean soft = pool.anySoftLabels();
        boolean votes = pool.anyVotes();
        if (!soft && !votes) {
            return pool;
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (soft ? !pool.softLabels.get(i).isEmpty() : pool.votes[i] != null) {
                keep.add(i);
            }
        }
        ItemPool p = pool.subset(keep.stream().mapToInt(Integer::intValue).toArray(), pool.description + ", the "
                + keep.size() + " with " + (soft ? "per-annotator soft labels" : "votes"));
        p.warnings.add("kept the " + keep.size() + " of " + pool.size() + " images that have "
                + (soft ? "per-annotator soft labels" : "votes") + " (dataset.labelledOnly)");
        return p;
    }

    /**
     * A seeded sample of {@code n} item indices keeping each class's share: class c gets
     * {@code floor(n * n_c / N)} items plus one for the classes with the largest remainders until {@code n} are
     * taken; which items is a seeded shuffle per class. Returned ascending.
     */
    static int[] stratifiedSample(int[] labels, int n, long seed) {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        int[] quota = new int[classes];
        Integer[] order = new Integer[classes];
        double[] remainder = new double[classes];
        int taken = 0;
        for (int c = 0; c < classes; c++) {
            double exact = (double) n * byClass.get(c).size() / labels.length;
            quota[c] = (int) Math.floor(exact);
            remainder[c] = exact - quota[c];
            taken += quota[c];
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int j = 0; taken < n; j = (j + 1) % classes) {
            int c = order[j];
            if (quota[c] < byClass.get(c).size()) {
                quota[c]++;
                taken++;
            }
        }
        Random rnd = new Random(seed);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            List<Integer> items = byClass.get(c);
            java.util.Collections.shuffle(items, rnd);
            keep.addAll(items.subList(0, quota[c]));
        }
        return keep.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static JobData split(ItemPool pool, SplitSpec spec) {
        return split(pool, StratifiedSplit.of(pool.labels, spec));
    }

    private static JobData split(ItemPool pool, StratifiedSplit s) {
        if (s.train().length == 0 || s.validation().length == 0 || s.test().length == 0) {
            throw new IllegalArgumentException("the split leaves a part empty (" + s.train().length + " train, "
                    + s.validation().length + " validation, " + s.test().length + " test items of " + pool.size()
                    + "); use more data or other split fractions");
        }
        int k = pool.classes.size();
        ExampleSet train = examples(pool, s.train());
        ExampleSet validation = examples(pool, s.validation());
        ExampleSet test = examples(pool, s.test());
        double[][][] annotator = new double[s.train().length][][];
        boolean anyVotes = pool.anyVotes();
        double[][] votes = anyVotes ? new double[s.train().length][] : null;
        boolean[] ambiguous = new boolean[s.train().length];
        int withSoft = 0;
        long softCount = 0;
        for (int j = 0; j < s.train().length; j++) {
            int i = s.train()[j];
            annotator[j] = pool.softLabels.get(i).toArray(double[][]::new);
            if (annotator[j].length > 0) {
                withSoft++;
                softCount += annotator[j].length;
            }
            if (votes != null) {
                votes[j] = pool.votes[i];
            }
            double[] human = human(pool, i);
            ambiguous[j] = pool.trueMixture != null ? max(pool.trueMixture[i]) < 1
                    : human != null && max(human) < AMBIGUOUS_TOP;
        }
        double[][] testHuman = new double[s.test().length][];
        int testWithHuman = 0;
        for (int j = 0; j < s.test().length; j++) {
            testHuman[j] = human(pool, s.test()[j]);
            testWithHuman += testHuman[j] == null ? 0 : 1;
        }
        List<String> warnings = new ArrayList<>(pool.warnings);
        if (votes != null) {
            long missing = Arrays.stream(votes).filter(v -> v == null).count();
            if (missing > 0) {
                warnings.add(missing + " training items have no votes; the votes regime uses their one-hot label");
            }
        }
        if (pool.anySoftLabels() && withSoft < s.train().length) {
            warnings.add((s.train().length - withSoft) + " training items have no soft labels; the human-soft regime "
                    + "uses their one-hot label");
        }
        List<EvaluationReport.Citation> cites = new ArrayList<>(pool.citations);
        DataSummary summary = new DataSummary(pool.description, pool.classes.names(), s.train().length,
                s.validation().length, s.test().length, List.copyOf(pool.sources), withSoft,
                withSoft == 0 ? null : (double) softCount / withSoft, testWithHuman, cites);
        return new JobData(pool.classes, train, validation, test, annotator, votes, testHuman, ambiguous,
                List.copyOf(pool.judgments), pool.judgmentSources.isEmpty() ? null : String.join(", ", pool.judgmentSources),
                summary, warnings);
    }

    /** The human distribution of item {@code i}: votes, else mean soft label, else null. */
    private static double[] human(ItemPool pool, int i) {
        if (pool.votes[i] != null) {
            return pool.votes[i].clone();
        }
        List<double[]> soft = pool.softLabels.get(i);
        if (soft.isEmpty()) {
            return null;
        }
        double[] mean = new double[pool.classes.size()];
        for (double[] l : soft) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += l[c] / soft.size();
            }
        }
        return mean;
    }

    private static double max(double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static ExampleSet examples(ItemPool pool, int[] idx) {
        float[][] images = new float[idx.length][];
        int[] labels = new int[idx.length];
        for (int j = 0; j < idx.length; j++) {
            images[j] = pool.images[idx[j]];
            labels[j] = pool.labels[idx[j]];
        }
        return new ExampleSet(pool.channels, pool.height, pool.width, images, labels, pool.classes.size());
    }
}
