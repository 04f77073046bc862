package org.hillmix.server.train;

import java.util.SplittableRandom;

import org.hillmix.core.metrics.Softmax;
import org.hillmix.core.metrics.TopLabel;
import org.hillmix.core.progress.ProgressMonitor;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;

/**
 * Trains one model under one {@link Regime} with DJL (PyTorch engine, CPU) and evaluates it.
 * UI-free and cancellable; the DJL {@link Model}, {@link Trainer} and every {@link NDManager} are
 * closed by try-with-resources, also when the monitor cancels.
 *
 * <p>Per epoch: a seeded shuffle of the training set, batches of {@code batchSize} (the last may
 * be smaller) assembled in Java (augmentation, regime targets, mixup; see
 * {@link BatchAssembler}), one forward/backward/update per batch with the soft-target
 * cross-entropy ({@link SoftTargetCrossEntropyLoss}), the learning rate set per step from
 * {@link LearningRateSchedule}. After each epoch the un-augmented training set is scored in
 * inference mode for dataset cartography. After training: validation and test logits, and FGSM
 * test probabilities at eps 4/255 and 8/255 when asked ({@link Fgsm}).
 *
 * <p>Determinism: weights come from {@link SeededHeInitializer} and all shuffling, augmentation,
 * annotator sampling and mixup draws from Java streams split from {@code spec.seed()}; the engine
 * seed is also set. The same seed on the same machine (same PyTorch thread count) gives the same
 * losses and logits; other seeds give other runs. There is no dropout, the only engine-side
 * randomness.
 *
 * <p>Concurrency: DJL's PyTorch engine allows one gradient collector per JVM at a time, so the
 * forward/backward section of a step (and of FGSM) holds a JVM-wide lock; concurrent runs are
 * safe but interleave their steps. Nothing here downloads: the PyTorch native library comes from
 * the pytorch-native-cpu jar, and {@code ai.djl.offline} is set to {@code true} unless the caller
 * set it.
 */
public final class TrainingOperation {

    /** Examples per forward pass when scoring (cartography, evaluation, FGSM). */
    static final int EVAL_BATCH = 256;

    /** DJL's PyTorch gradient collector is a JVM-wide singleton; see the class comment. */
    private static final Object GRADIENT_LOCK = new Object();

    /**
     * Trains and evaluates one model.
     *
     * @param train the training set, not empty
     * @param validation the validation set, or null / empty for none
     * @param test the test set, or null / empty for none
     * @param regime how targets are made; its per-item arrays must match {@code train}
     * @param spec hyper-parameters and seed
     * @param fgsm whether to compute FGSM test probabilities (else those fields are null)
     * @param listener progress listener, may be null
     * @param monitor progress monitor, checked for cancellation before every step and every
     *        scoring batch; may be null
     * @return logits, cartography records, losses and timing
     * @throws IllegalArgumentException when the sets, regime and model do not fit together
     * @throws org.hillmix.core.progress.OperationCancelledException when the monitor cancels
     */
    public TrainingResult run(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
            TrainingSpec spec, boolean fgsm, TrainingListener listener, ProgressMonitor monitor) {
        checkInputs(train, validation, test, regime, spec);
        DjlSetup.ensureOffline();
        ExampleSet val = validation == null ? emptyLike(train) : validation;
        ExampleSet tst = test == null ? emptyLike(train) : test;
        TrainingListener progress = listener == null ? TrainingListener.NONE : listener;
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        ModelFactory.build(spec.model(), train.channels(), train.height(), train.width(), train.numClasses());

        SplittableRandom random = new SplittableRandom(spec.seed());
        long initSeed = random.nextLong();
        BatchAssembler batches = new BatchAssembler(train, BatchRecipe.forRegime(regime, train), spec.augment(),
                spec.batchSize(), random);
        int stepsPerEpoch = batches.batchesPerEpoch();
        long totalSteps = (long) spec.epochs() * stepsPerEpoch;
        LearningRateSchedule schedule = new LearningRateSchedule(spec.schedule(), spec.learningRate(), totalSteps);

        long work = totalSteps + (long) spec.epochs() * scoringBatches(train) + scoringBatches(val)
                + scoringBatches(tst) + (fgsm ? scoringBatches(tst) : 0)
                + (spec.earlyStopping() == null ? 0 : (spec.epochs() + 1L) * scoringBatches(val));
        pm.begin("Training " + spec.model() + " (" + regime.id() + ", seed " + spec.seed() + ")", work);
        try {
            return train(train, val, tst, spec, fgsm, batches, schedule, initSeed, progress, pm);
        } finally {
            pm.done();
        }
    }

    /**
     * Loads the spec's start weights for data shaped like {@code shape} and checks them, without training: a job
     * can refuse a wrong file before its first run. Does nothing when the spec has no start weights.
     *
     * @throws IllegalArgumentException naming {@link StartWeights#field()} when the file is missing, unloadable, of
     *         another model, class count or input shape
     */
    public static void checkStart(TrainingSpec spec, ExampleSet shape) {
        if (spec.start() == null) {
            return;
        }
        DjlSetup.ensureOffline();
        DefaultTrainingConfig config = new DefaultTrainingConfig(new SoftTargetCrossEntropyLoss());
        try (Model model = Model.newInstance("hillmix-check");
                Trainer trainer = newTrainer(model, shape, spec, config, 0)) {
            // newTrainer loaded and checked the file
        }
    }

    private TrainingResult train(ExampleSet train, ExampleSet val, ExampleSet tst, TrainingSpec spec, boolean fgsm,
            BatchAssembler batches, LearningRateSchedule schedule, long initSeed, TrainingListener progress,
            ProgressMonitor pm) {
        Engine.getInstance().setRandomSeed(Long.hashCode(spec.seed()));
        StepLearningRate rate = new StepLearningRate(schedule.rate(0));
        DefaultTrainingConfig config = new DefaultTrainingConfig(new SoftTargetCrossEntropyLoss())
                .optOptimizer(optimizer(spec, rate))
                .optInitializer(new SeededHeInitializer(initSeed), Parameter.Type.WEIGHT);
        int epochs = spec.epochs();
        int stepsPerEpoch = batches.batchesPerEpoch();
        EarlyStopping stopping = spec.earlyStopping();
        double[][] confidence = new double[epochs][];
        boolean[][] correct = new boolean[epochs][];
        double[] epochLoss = new double[epochs];
        double[] validationNll = stopping == null ? null : new double[epochs + 1];
        long samples = 0;
        long stepNanos = 0;
        long step = 0;
        int epochsRun = 0;
        int bestEpoch = 0;

        try (Model model = Model.newInstance("hillmix-" + spec.model());
                Trainer trainer = newTrainer(model, train, spec, config, initSeed)) {
            WeightSnapshot best = null;
            if (stopping != null) {
                validationNll[0] = validationNll(trainer, val, 0, epochs, progress, pm);
                best = WeightSnapshot.of(model.getBlock());
            }
            for (int epoch = 0; epoch < epochs; epoch++) {
                int[] order = batches.nextEpochOrder();
                double lossSum = 0;
                for (int b = 0; b < stepsPerEpoch; b++) {
                    pm.checkCancelled();
                    long start = System.nanoTime();
                    TrainingBatch batch = batches.assemble(batches.batchItems(order, b));
                    rate.set(schedule.rate(step));
                    lossSum += trainStep(trainer, batch, train) * batch.size();
                    stepNanos += System.nanoTime() - start;
                    samples += batch.size();
                    step++;
                    progress.onProgress(TrainingListener.PHASE_TRAIN, epoch + 1, epochs, b + 1, stepsPerEpoch);
                    pm.worked(1);
                }
                epochLoss[epoch] = lossSum / train.size();
                double[][] logits = logits(trainer, train, TrainingListener.PHASE_CARTOGRAPHY, epoch + 1, epochs, 0,
                        scoringBatches(train), progress, pm);
                confidence[epoch] = new double[train.size()];
                correct[epoch] = new boolean[train.size()];
                for (int i = 0; i < train.size(); i++) {
                    int label = train.labels()[i];
                    confidence[epoch][i] = Softmax.ofRow(logits[i])[label];
                    correct[epoch][i] = TopLabel.argmax(logits[i]) == label;
                }
                epochsRun = epoch + 1;
                if (stopping != null) {
                    validationNll[epochsRun] = validationNll(trainer, val, epochsRun, epochs, progress, pm);
                    if (validationNll[epochsRun] < validationNll[bestEpoch]) {
                        bestEpoch = epochsRun;
                        best = WeightSnapshot.of(model.getBlock());
                    } else if (epochsRun - bestEpoch >= stopping.patience()) {
                        break;
                    }
                }
            }
            if (stopping == null) {
                bestEpoch = epochsRun;
            } else if (bestEpoch != epochsRun) {
                best.restore(model.getBlock(), model.getNDManager());
            }
            // One evaluate phase over both sets: validation batches first, then test batches.
            long evaluateSteps = scoringBatches(val) + scoringBatches(tst);
            double[][] valLogits = logits(trainer, val, TrainingListener.PHASE_EVALUATE, epochs, epochs, 0,
                    evaluateSteps, progress, pm);
            double[][] testLogits = logits(trainer, tst, TrainingListener.PHASE_EVALUATE, epochs, epochs,
                    scoringBatches(val), evaluateSteps, progress, pm);
            if (spec.saveTo() != null) {
                Checkpoints.save(model, spec, train, spec.saveTo());
            }
            double[][] fgsm4 = null;
            double[][] fgsm8 = null;
            if (fgsm) {
                fgsm4 = new double[tst.size()][];
                fgsm8 = new double[tst.size()][];
                fgsm(trainer, model, tst, fgsm4, fgsm8, epochs, progress, pm);
            }
            return new TrainingResult(testLogits, valLogits, fgsm4, fgsm8,
                    java.util.Arrays.copyOf(confidence, epochsRun), java.util.Arrays.copyOf(correct, epochsRun),
                    java.util.Arrays.copyOf(epochLoss, epochsRun), samples, stepNanos / 1e9,
                    validationNll == null ? null : java.util.Arrays.copyOf(validationNll, epochsRun + 1), bestEpoch,
                    epochsRun);
        }
    }

    /** Mean negative log-likelihood of the hard validation labels in inference mode. */
    private static double validationNll(Trainer trainer, ExampleSet val, int epoch, int epochs,
            TrainingListener progress, ProgressMonitor pm) {
        double[][] logits = logits(trainer, val, TrainingListener.PHASE_VALIDATE, epoch, epochs, 0,
                scoringBatches(val), progress, pm);
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            sum += Softmax.logSumExp(logits[i], 0, logits[i].length, 1) - logits[i][val.labels()[i]];
        }
        return sum / logits.length;
    }

    /**
     * A trainer for the spec's model: a seeded He initialisation, or the start weights of a fine-tuning run.
     * Weights are loaded before the trainer exists because DJL's parameter store keeps the arrays it sees when
     * the trainer initialises.
     */
    private static Trainer newTrainer(Model model, ExampleSet train, TrainingSpec spec,
            DefaultTrainingConfig config, long initSeed) {
        Shape input = new Shape(1, train.channels(), train.height(), train.width());
        StartWeights start = spec.start();
        if (start != null && start.format() == StartWeights.Format.TORCHSCRIPT) {
            Checkpoints.loadTorchScript(model, start);
        } else {
            Block block = ModelFactory.build(spec.model(), train.channels(), train.height(), train.width(),
                    train.numClasses());
            block.setInitializer(new SeededHeInitializer(initSeed), Parameter.Type.WEIGHT);
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, input);
            if (start != null) {
                Checkpoints.loadDjl(model, start, spec.model(), train);
            }
        }
        Trainer trainer = model.newTrainer(config);
        try {
            trainer.initialize(input);
            if (start != null) {
                Checkpoints.checkOutputs(trainer, start, train);
                if (start.lastLayerOnly()) {
                    LastLayer.freezeAllButLast(model.getBlock());
                }
            }
            return trainer;
        } catch (RuntimeException e) {
            trainer.close();
            throw e;
        }
    }

    private static Optimizer optimizer(TrainingSpec spec, StepLearningRate rate) {
        float wd = (float) spec.weightDecay();
        return switch (spec.optimizer()) {
            case "sgd" -> Optimizer.sgd().setLearningRateTracker(rate).optMomentum((float) spec.momentum())
                    .optWeightDecays(wd).build();
            case "adam" -> Optimizer.adam().optLearningRateTracker(rate).optWeightDecays(wd).build();
            default -> throw new IllegalStateException("unchecked optimizer " + spec.optimizer());
        };
    }

    /** One forward/backward/update; returns the batch's mean loss. */
    private static double trainStep(Trainer trainer, TrainingBatch batch, ExampleSet shape) {
        int n = batch.size();
        int k = shape.numClasses();
        float[] targets = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                targets[i * k + c] = (float) batch.targets()[i][c];
            }
        }
        try (NDManager stepManager = trainer.getManager().newSubManager()) {
            NDArray x = stepManager.create(flatten(batch.images(), 0, n), imageShape(n, shape));
            NDArray y = stepManager.create(targets, new Shape(n, k));
            double loss;
            synchronized (GRADIENT_LOCK) {
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                    NDArray value = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
                    collector.backward(value);
                    loss = value.getFloat();
                }
            }
            trainer.step();
            return loss;
        }
    }

    /**
     * Raw logits of every example in inference mode, in batches of {@link #EVAL_BATCH}; reports
     * steps {@code stepOffset + 1 ..} of {@code phaseSteps}.
     */
    private static double[][] logits(Trainer trainer, ExampleSet set, String phase, int epoch, int epochs,
            long stepOffset, long phaseSteps, TrainingListener progress, ProgressMonitor pm) {
        int k = set.numClasses();
        double[][] out = new double[set.size()][];
        long batchCount = scoringBatches(set);
        for (int b = 0; b < batchCount; b++) {
            pm.checkCancelled();
            int from = b * EVAL_BATCH;
            int n = Math.min(EVAL_BATCH, set.size() - from);
            try (NDManager batchManager = trainer.getManager().newSubManager()) {
                NDArray x = batchManager.create(flatten(set.images(), from, n), imageShape(n, set));
                float[] z = trainer.evaluate(new NDList(x)).singletonOrThrow().toFloatArray();
                for (int i = 0; i < n; i++) {
                    out[from + i] = new double[k];
                    for (int c = 0; c < k; c++) {
                        out[from + i][c] = z[i * k + c];
                    }
                }
            }
            progress.onProgress(phase, epoch, epochs, stepOffset + b + 1, phaseSteps);
            pm.worked(1);
        }
        return out;
    }

    /** FGSM on the test set; fills the probability arrays for eps 4/255 and 8/255. */
    private static void fgsm(Trainer trainer, Model model, ExampleSet test, double[][] probs4, double[][] probs8,
            int epochs, TrainingListener progress, ProgressMonitor pm) {
        // Training is over: only the input needs a gradient from here on.
        model.getBlock().freezeParameters(true);
        int k = test.numClasses();
        long batchCount = scoringBatches(test);
        for (int b = 0; b < batchCount; b++) {
            pm.checkCancelled();
            int from = b * EVAL_BATCH;
            int n = Math.min(EVAL_BATCH, test.size() - from);
            float[] pixels = flatten(test.images(), from, n);
            float[] oneHot = new float[n * k];
            for (int i = 0; i < n; i++) {
                oneHot[i * k + test.labels()[from + i]] = 1;
            }
            try (NDManager batchManager = trainer.getManager().newSubManager()) {
                NDArray x = batchManager.create(pixels, imageShape(n, test));
                NDArray y = batchManager.create(oneHot, new Shape(n, k));
                x.setRequiresGradient(true);
                synchronized (GRADIENT_LOCK) {
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray logits = trainer.evaluate(new NDList(x)).singletonOrThrow();
                        // Summed (not averaged) cross-entropy: same gradient signs, no 1/n shrinkage.
                        NDArray ce = logits.logSoftmax(1).mul(y).sum().neg();
                        collector.backward(ce);
                    }
                }
                float[] grad = x.getGradient().toFloatArray();
                scoreAdversarial(trainer, batchManager, test, Fgsm.perturb(pixels, grad, Fgsm.EPS_4), n, from, probs4);
                scoreAdversarial(trainer, batchManager, test, Fgsm.perturb(pixels, grad, Fgsm.EPS_8), n, from, probs8);
            }
            progress.onProgress(TrainingListener.PHASE_FGSM, epochs, epochs, b + 1, batchCount);
            pm.worked(1);
        }
    }

    private static void scoreAdversarial(Trainer trainer, NDManager manager, ExampleSet shape, float[] pixels, int n,
            int from, double[][] out) {
        int k = shape.numClasses();
        NDArray x = manager.create(pixels, imageShape(n, shape));
        float[] z = trainer.evaluate(new NDList(x)).singletonOrThrow().toFloatArray();
        for (int i = 0; i < n; i++) {
            double[] logits = new double[k];
            for (int c = 0; c < k; c++) {
                logits[c] = z[i * k + c];
            }
            out[from + i] = Softmax.ofRow(logits);
        }
    }

    private static Shape imageShape(int n, ExampleSet shape) {
        return new Shape(n, shape.channels(), shape.height(), shape.width());
    }

    /** Images {@code from .. from + n - 1} concatenated. */
    private static float[] flatten(float[][] images, int from, int n) {
        int p = images[from].length;
        float[] flat = new float[n * p];
        for (int i = 0; i < n; i++) {
            System.arraycopy(images[from + i], 0, flat, i * p, p);
        }
        return flat;
    }

    private static long scoringBatches(ExampleSet set) {
        return (set.size() + EVAL_BATCH - 1) / EVAL_BATCH;
    }

    private static ExampleSet emptyLike(ExampleSet shape) {
        return new ExampleSet(shape.channels(), shape.height(), shape.width(), new float[0][], new int[0],
                shape.numClasses());
    }

    private static void checkInputs(ExampleSet train, ExampleSet validation, ExampleSet test, Regime regime,
            TrainingSpec spec) {
        if (train == null || train.size() == 0) {
            throw new IllegalArgumentException("training: the training set is empty; give at least one example");
        }
        if (regime == null || spec == null) {
            throw new IllegalArgumentException("training: regime and spec must not be null");
        }
        if (validation != null && !validation.sameShapeAs(train)) {
            throw new IllegalArgumentException("training: validation set has shape " + validation.describeShape()
                    + " but the training set has " + train.describeShape());
        }
        if (spec.earlyStopping() != null && (validation == null || validation.size() == 0)) {
            throw new IllegalArgumentException("training: early stopping measures the validation NLL and needs a "
                    + "validation set; give one or switch early stopping off");
        }
        if (test != null && !test.sameShapeAs(train)) {
            throw new IllegalArgumentException("training: test set has shape " + test.describeShape()
                    + " but the training set has " + train.describeShape());
        }
    }
}
