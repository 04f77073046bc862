package org.hillmix.core.mixup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.LabeledImageDataset;
import org.hillmix.core.internal.fs.AtomicFiles;
import org.hillmix.core.internal.fs.RollBack;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Generates mixup stimuli from a dataset: {@code pairs} image pairs from different classes
 * ({@link PairSampler}) times the lambdas of a {@link LambdaSampler}, mixed with
 * {@link PixelMixer}, written as 8-bit PNGs named like the published H-Mix stimuli
 * ({@link StimulusName}) plus a {@link StimulusManifest manifest.csv}.
 *
 * <p>Reproducible: one seed drives everything; the pair sampler and the lambda draws use two
 * independent streams split from {@code new SplittableRandom(seed)}.
 *
 * <p>Output folder rules:
 * <ul>
 * <li>a missing folder is created; an empty one is used;</li>
 * <li>a previous stimulus folder (one whose {@code manifest.csv} has the manifest header) is
 * updated: new files replace same-named ones (a name fully determines its content), and after
 * the new manifest is written, files listed only in the old manifest are deleted;</li>
 * <li>any other non-empty folder is refused unless {@link Request#overwrite()} is set; then
 * same-named files are replaced and other files are left alone.</li>
 * </ul>
 * Every file is written to a temporary file and moved into place, so no half-written PNG or
 * manifest ever appears. When the monitor cancels the run (or writing fails), the files this run
 * created are deleted again and {@link OperationCancelledException} (or the error) propagates;
 * the manifest is written last, so a cancelled run leaves any previous manifest untouched.
 */
public final class StimulusGenerator {

    /** How files are arranged in the output folder. */
    public enum Layout {
        /** All PNGs in the folder, named {@code mixed_<lambda>_<C1>_<id1>_<C2>_<id2>.png}. */
        FLAT,
        /** One sub-folder per pair, {@code <C1>_<id1>_<C2>_<id2>/<C1>_<id1>_<C2>_<id2>_<lambda>.png}. */
        SERIES
    }

    /**
     * What to generate.
     *
     * @param pairs number of image pairs, &ge; 1
     * @param lambdas the lambdas per pair
     * @param seed the random seed
     * @param layout file arrangement
     * @param overwrite whether a non-empty folder that is not a stimulus folder may be written into
     * @param chosen the pairs to mix, in this order, instead of sampled ones (e.g. from a pairs file);
     *            empty to sample {@code pairs} pairs with {@link PairSampler}
     */
    public record Request(int pairs, LambdaSampler lambdas, long seed, Layout layout, boolean overwrite,
            List<ImagePair> chosen) {

        /**
         * @throws IllegalArgumentException when pairs &lt; 1, there would be more than {@link #MAX_STIMULI}, or
         *             pairs differs from the number of chosen pairs
         */
        public Request {
            Objects.requireNonNull(lambdas, "lambdas");
            checkCount(pairs, lambdas.perPair());
            Objects.requireNonNull(layout, "layout");
            chosen = List.copyOf(chosen);
            if (!chosen.isEmpty() && chosen.size() != pairs) {
                throw new IllegalArgumentException(chosen.size() + " chosen pairs but pairs = " + pairs);
            }
        }

        /** A request for {@code pairs} sampled pairs. */
        public Request(int pairs, LambdaSampler lambdas, long seed, Layout layout, boolean overwrite) {
            this(pairs, lambdas, seed, layout, overwrite, List.of());
        }

        /** A request for exactly the {@code chosen} pairs (at least one); the seed still drives Beta lambdas. */
        public static Request forPairs(List<ImagePair> chosen, LambdaSampler lambdas, long seed, Layout layout,
                boolean overwrite) {
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("no pairs chosen; a request needs at least one");
            }
            return new Request(chosen.size(), lambdas, seed, layout, overwrite, chosen);
        }
    }

    /**
     * Most stimuli one request may generate (pairs x lambdas per pair). Every stimulus is an image file that
     * someone will look at; a million is far beyond any study (H-Mix showed a few thousand), and the limit keeps a
     * typo such as one draw count too many zeros from filling memory and disk.
     */
    public static final int MAX_STIMULI = 1_000_000;

    private StimulusGenerator() {
    }

    /**
     * Checks a request's size before anything is read or drawn.
     *
     * @throws IllegalArgumentException when {@code pairs < 1}, {@code perPair < 1} or {@code pairs * perPair}
     *     exceeds {@link #MAX_STIMULI}
     */
    public static void checkCount(int pairs, int perPair) {
        if (pairs < 1) {
            throw new IllegalArgumentException("number of pairs must be at least 1, got " + pairs);
        }
        if (perPair < 1) {
            throw new IllegalArgumentException("lambdas per pair must be at least 1, got " + perPair);
        }
        long total = (long) pairs * perPair;
        if (total > MAX_STIMULI) {
            throw new IllegalArgumentException(pairs + " pairs x " + perPair + " lambdas per pair = " + total
                    + " stimuli; at most " + MAX_STIMULI + " can be generated at once");
        }
    }

    /**
     * The stimuli a request produces, without rendering anything.
     *
     * @throws IllegalArgumentException when the dataset cannot supply the pairs or two stimuli
     *             would get the same file name (ids that differ only in characters names cannot hold)
     */
    public static List<Stimulus> plan(LabeledImageDataset dataset, Request request) {
        SplittableRandom root = new SplittableRandom(request.seed());
        SplittableRandom pairRnd = root.split();
        SplittableRandom lambdaRnd = root.split();
        List<ImagePair> pairs = request.chosen().isEmpty() ? PairSampler.sample(dataset, request.pairs(), pairRnd)
                : request.chosen();
        for (ImagePair p : pairs) {
            if (p.first() >= dataset.size() || p.second() >= dataset.size()) {
                throw new IllegalArgumentException("pair (" + p.first() + ", " + p.second() + ") names an item beyond"
                        + " the dataset's " + dataset.size() + " items");
            }
        }
        List<Stimulus> out = new ArrayList<>(pairs.size() * request.lambdas().perPair());
        Map<String, String> owner = new HashMap<>();
        StimulusName.Style style = request.layout() == Layout.FLAT ? StimulusName.Style.MIXED
                : StimulusName.Style.SERIES;
        for (ImagePair p : pairs) {
            String id1 = dataset.id(p.first());
            String id2 = dataset.id(p.second());
            String c1 = dataset.className(p.first());
            String c2 = dataset.className(p.second());
            for (double lambda : request.lambdas().lambdasForPair(lambdaRnd)) {
                StimulusName name = StimulusName.of(style, lambda, c1, id1, c2, id2);
                String file = request.layout() == Layout.FLAT ? name.fileName()
                        : name.pairKey() + "/" + name.fileName();
                String key = id1 + " + " + id2 + " at " + lambda;
                String previous = owner.putIfAbsent(file, key);
                if (previous != null) {
                    throw new IllegalArgumentException("two stimuli would both be named '" + file + "' (" + previous
                            + " and " + key + "); give the images ids that differ in letters, digits, '.' or '-'");
                }
                out.add(new Stimulus(file, id1, c1, id2, c2, lambda));
            }
        }
        return out;
    }

    /**
     * Renders one stimulus in memory.
     *
     * @throws IllegalArgumentException when an id is not in the dataset or the images differ in shape
     */
    public static ImageTensor render(LabeledImageDataset dataset, Stimulus s) {
        ImageTensor a = dataset.image(index(dataset, s.id1()));
        ImageTensor b = dataset.image(index(dataset, s.id2()));
        checkShapes(s, a, b);
        return PixelMixer.mix(a, b, s.lambda());
    }

    private static int index(LabeledImageDataset dataset, String id) {
        int i = dataset.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("id '" + id + "' is not in the dataset");
        }
        return i;
    }

    private static void checkShapes(Stimulus s, ImageTensor a, ImageTensor b) {
        if (!a.sameShape(b)) {
            throw new IllegalArgumentException("cannot mix '" + s.id1() + "' (" + a.shapeString() + ") with '"
                    + s.id2() + "' (" + b.shapeString() + "): images must have the same channels x height x width");
        }
    }

    /**
     * Plans, renders and writes the stimuli into {@code outDir} (see the class comment for the
     * folder rules), reporting one unit of progress per image.
     *
     * @return the stimuli written, as listed in the manifest
     * @throws IOException when the folder is refused or writing fails
     * @throws OperationCancelledException when the monitor cancels; the run's new files are removed
     */
    public static List<Stimulus> generate(LabeledImageDataset dataset, Request request, Path outDir,
            ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        List<Stimulus> plan = plan(dataset, request);
        List<Stimulus> previous = prepareFolder(outDir, request.overwrite());

        pm.begin("Generating " + plan.size() + " stimuli", plan.size() + 1L);
        List<Path> created = new ArrayList<>();
        Set<Path> createdDirs = new LinkedHashSet<>();
        boolean ok = false;
        try {
            // consecutive stimuli of one pair share the decoded end points
            String cachedKey = null;
            int[][] cached = null;
            ImageTensor shape = null;
            for (Stimulus s : plan) {
                pm.checkCancelled();
                String key = s.id1() + "\n" + s.id2();
                if (!key.equals(cachedKey)) {
                    ImageTensor a = dataset.image(index(dataset, s.id1()));
                    ImageTensor b = dataset.image(index(dataset, s.id2()));
                    checkShapes(s, a, b);
                    cached = new int[][] {a.toInts(), b.toInts()};
                    shape = a;
                    cachedKey = key;
                }
                ImageTensor mixed = ImageTensor.fromInts(shape.channels(), shape.height(), shape.width(),
                        PixelMixer.mix(cached[0], cached[1], s.lambda()));
                Path target = outDir.resolve(s.file());
                Path dir = target.getParent();
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir);
                    createdDirs.add(dir);
                }
                boolean existed = Files.exists(target);
                byte[] png = ImageCodec.encodePng(mixed);
                AtomicFiles.write(target, png);
                if (!existed) {
                    created.add(target);
                }
                pm.worked(1);
            }
            pm.checkCancelled();
            pm.subTask(StimulusManifest.FILE_NAME);
            StimulusManifest.write(outDir.resolve(StimulusManifest.FILE_NAME), plan);
            ok = true;
        } finally {
            if (!ok) {
                RollBack.delete(created, createdDirs);
            }
        }
        removeStale(outDir, previous, plan);
        pm.worked(1);
        pm.done();
        return plan;
    }

    /**
     * Checks, without changing anything, that {@link #generate} may write into {@code outDir}
     * (see the class comment): callers use it to fail fast before loading a dataset.
     *
     * @throws IOException saying why the folder is refused
     */
    public static void checkOutputFolder(Path outDir, boolean overwrite) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IOException("output " + outDir + " exists and is not a folder");
        }
        if (!Files.isDirectory(outDir) || overwrite || StimulusManifest.isManifest(
                outDir.resolve(StimulusManifest.FILE_NAME))) {
            return;
        }
        Path first;
        try (Stream<Path> s = Files.list(outDir)) {
            first = s.findFirst().orElse(null);
        }
        if (first != null) {
            throw new IOException("output folder " + outDir + " is not empty (e.g. '" + first.getFileName()
                    + "') and holds no stimulus " + StimulusManifest.FILE_NAME + "; choose an empty or new folder,"
                    + " or allow writing into it (--force)");
        }
    }

    /**
     * Creates or checks the output folder.
     *
     * @return the previous manifest's stimuli when the folder is a stimulus folder, else an empty list
     */
    private static List<Stimulus> prepareFolder(Path outDir, boolean overwrite) throws IOException {
        checkOutputFolder(outDir, overwrite);
        if (!Files.exists(outDir)) {
            Files.createDirectories(outDir);
            return List.of();
        }
        Path manifest = outDir.resolve(StimulusManifest.FILE_NAME);
        return StimulusManifest.isManifest(manifest) ? StimulusManifest.read(manifest) : List.of();
    }

    /** Deletes the files of the previous manifest that the new one does not list, and then-empty series folders. */
    private static void removeStale(Path outDir, List<Stimulus> previous, List<Stimulus> now) throws IOException {
        if (previous.isEmpty()) {
            return;
        }
        Set<String> keep = new HashSet<>();
        now.forEach(s -> keep.add(s.file()));
        Map<Path, Boolean> parents = new LinkedHashMap<>();
        for (Stimulus s : previous) {
            if (keep.contains(s.file())) {
                continue;
            }
            Path p = outDir.resolve(s.file()).normalize();
            if (!p.startsWith(outDir.normalize())) {
                continue; // a manifest must not make us delete outside the folder
            }
            Files.deleteIfExists(p);
            if (!p.getParent().equals(outDir.normalize())) {
                parents.put(p.getParent(), true);
            }
        }
        for (Path dir : parents.keySet()) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }
}
