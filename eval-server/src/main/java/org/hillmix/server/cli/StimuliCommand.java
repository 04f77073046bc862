package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.hillmix.core.data.ImageFolderReader;
import org.hillmix.core.data.IndexCsvReader;
import org.hillmix.core.data.LabeledImageDataset;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.mixup.Stimulus;
import org.hillmix.core.mixup.StimulusGenerator;
import org.hillmix.core.mixup.StimulusGenerator.Layout;
import org.hillmix.core.mixup.StimulusManifest;
import org.hillmix.core.coverage.PairsCsv;
import org.hillmix.core.shift.ImageShift;
import org.hillmix.core.shift.ShiftSuite;
import org.hillmix.core.shift.ShiftedDataset;
import org.hillmix.core.shift.ShiftedDatasetWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix stimuli}: generates mixup stimuli from an image dataset: N image pairs from
 * different classes (balanced over class pairs) times a lambda list or Beta(alpha, alpha) draws,
 * written as PNGs named like the published H-Mix stimuli plus {@code manifest.csv}. Progress goes
 * to stderr, a one-line summary to stdout. Exit 0 on success, 2 with one line on stderr for bad
 * input.
 */
@Command(name = "stimuli", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate mixup stimuli (lambda*img1 + (1-lambda)*img2, 8-bit PNG) from an image dataset.",
            "Names, rounding rule and manifest: docs/data-formats.md, section 'Mixup stimuli'."})
public final class StimuliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the images come from: exactly one of the two. */
    static final class Source {
        @Option(names = "--images", paramLabel = "DIR",
                description = "Image folder laid out as DIR/<class>/<image>; classes = sorted folder names.")
        Path images;

        @Option(names = "--index", paramLabel = "CSV",
                description = "Index CSV with columns file and label and/or label_id (optional test_index or id);"
                        + " paths relative to the CSV.")
        Path index;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Pairs pairSource;

    /** Which pairs: a number to sample, or a pairs file. */
    static final class Pairs {
        @Option(names = "--pairs", paramLabel = "N",
                description = "Number of image pairs (from different classes, balanced over class pairs).")
        Integer count;

        @Option(names = "--pairs-file", paramLabel = "CSV",
                description = "Mix exactly these pairs: a CSV with columns id1 and id2 (e.g. from 'hillmix pairs').")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Lambdas lambdas;

    /** How lambdas are chosen: exactly one of the two. */
    static final class Lambdas {
        @Option(names = "--lambdas", paramLabel = "LIST",
                description = "Comma-separated lambdas in [0, 1], each applied to every pair, e.g. 0.1,0.25,0.5.")
        String list;

        @Option(names = "--beta", paramLabel = "ALPHA",
                description = "Draw lambdas from Beta(ALPHA, ALPHA), ALPHA > 0 (see --draws).")
        Double alpha;
    }

    @Option(names = "--draws", defaultValue = "1", paramLabel = "K",
            description = "With --beta: lambdas drawn per pair (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Random seed; the same inputs and seed give the same stimuli (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--layout", defaultValue = "flat", paramLabel = "LAYOUT",
            description = "flat: DIR/mixed_<lambda>_<C1>_<id1>_<C2>_<id2>.png; series: one folder per pair,"
                    + " <C1>_<id1>_<C2>_<id2>/<C1>_<id1>_<C2>_<id2>_<lambda>.png (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder: new, empty, or an earlier stimuli output (which is updated).")
    Path out;

    @Option(names = "--force", description = "Also write into a non-empty folder that is not a stimuli output.")
    boolean force;

    @Option(names = "--shift", paramLabel = "NAME",
            description = "Shift both images of each pair before mixing ('hillmix shifts' lists the shifts).")
    String shift;

    @Option(names = "--severity", paramLabel = "S", description = "With --shift: severity 1 (mildest) to 5.")
    Integer severity;

    @Option(names = "--shift-seed", defaultValue = "0", paramLabel = "N",
            description = "With --shift: seed of the shift, as 'hillmix shift --seed' (default: ${DEFAULT-VALUE}).")
    long shiftSeed;

    @Override
    public Integer call() throws IOException {
        // check every argument before the (possibly long) dataset loading
        if (pairSource.count != null && pairSource.count < 1) {
            throw new IllegalArgumentException("--pairs must be at least 1, got " + pairSource.count);
        }
        List<PairsCsv.IdPair> listed = null;
        if (pairSource.file != null) {
            if (!Files.isRegularFile(pairSource.file)) {
                throw new IllegalArgumentException("--pairs-file " + pairSource.file + ": file not found");
            }
            listed = PairsCsv.read(pairSource.file);
        }
        ImageShift imageShift = null;
        if (shift != null) {
            imageShift = ShiftSuite.byName(shift);
            if (severity == null) {
                throw new IllegalArgumentException("--shift " + shift + " needs --severity 1-5");
            }
            ShiftSuite.checkSeverity(severity);
        } else if (severity != null) {
            throw new IllegalArgumentException("--severity applies to --shift only");
        }
        LambdaSampler sampler = lambdas.list != null ? LambdaSampler.grid(parseLambdas(lambdas.list))
                : LambdaSampler.beta(checkAlpha(lambdas.alpha), draws);
        if (lambdas.list != null && draws != 1) {
            throw new IllegalArgumentException("--draws applies to --beta only");
        }
        int pairs = listed == null ? pairSource.count : listed.size();
        try {
            StimulusGenerator.checkCount(pairs, sampler.perPair());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((listed == null ? "--pairs " + pairs : "--pairs-file with " + pairs
                    + " pairs") + (lambdas.list != null ? " with --lambdas: " : " with --draws " + draws + ": ")
                    + e.getMessage(), e);
        }
        Layout lay = switch (layout.trim().toLowerCase(Locale.ROOT)) {
            case "flat" -> Layout.FLAT;
            case "series" -> Layout.SERIES;
            default -> throw new IllegalArgumentException("unknown --layout '" + layout + "'; expected flat or series");
        };
        if (source.images != null && !Files.isDirectory(source.images)) {
            throw new IllegalArgumentException("--images " + source.images + ": folder not found");
        }
        if (source.index != null && !Files.isRegularFile(source.index)) {
            throw new IllegalArgumentException("--index " + source.index + ": file not found");
        }
        StimulusGenerator.checkOutputFolder(out, force);
        PrintWriter err = spec.commandLine().getErr();
        StderrProgressMonitor progress = new StderrProgressMonitor(err, "stimuli");
        LabeledImageDataset dataset = source.images != null ? ImageFolderReader.read(source.images, null, progress)
                : IndexCsvReader.read(source.index, null, progress);
        err.printf(Locale.ROOT, "stimuli: %d images in %d classes %s%n", dataset.size(), dataset.classSet().size(),
                dataset.classSet().names());
        err.flush(); // generating can take minutes: the line is for now, whatever writer stderr is

        StimulusGenerator.Request request = listed == null
                ? new StimulusGenerator.Request(pairSource.count, sampler, seed, lay, force)
                : StimulusGenerator.Request.forPairs(PairsCsv.resolve(listed, dataset), sampler, seed, lay, force);
        LabeledImageDataset mixed = imageShift == null ? dataset
                : new ShiftedDataset(dataset, imageShift, severity, shiftSeed);
        List<Stimulus> written = StimulusGenerator.generate(mixed, request, out, progress);
        Path record = out.resolve(ShiftedDatasetWriter.PROVENANCE);
        if (imageShift != null) {
            ShiftedDatasetWriter.writeProvenance(record, (ShiftedDataset) mixed, Map.of("stimuli",
                    StimulusManifest.FILE_NAME));
        } else if (ShiftedDatasetWriter.isStimuliProvenance(record)) {
            Files.delete(record); // an earlier shifted run's record no longer describes the folder
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "stimuli: wrote %d images (%d pairs x %d lambdas, seed %d%s) and %s to %s%n",
                written.size(), request.pairs(), sampler.perPair(), seed,
                imageShift == null ? "" : ", shifted by " + imageShift.name() + " " + severity,
                StimulusManifest.FILE_NAME, out);
        stdout.flush();
        err.flush();
        return 0;
    }

    /** Parses {@code 0.1,0.25,0.5}; the grid itself checks range and repeats. */
    static List<Double> parseLambdas(String text) {
        List<Double> out = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("--lambdas '" + text + "': value " + (i + 1)
                        + " is empty; give numbers in [0, 1] separated by commas, e.g. 0.1,0.25,0.5");
            }
            double v;
            try {
                v = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--lambdas '" + text + "': '" + p
                        + "' is not a number; give numbers in [0, 1] separated by commas, e.g. 0.1,0.25,0.5");
            }
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("--lambdas '" + text + "': lambda " + p + " is outside [0, 1]");
            }
            out.add(v);
        }
        return out;
    }

    private static double checkAlpha(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("--beta " + alpha + ": alpha must be a finite number > 0 (e.g. 0.2)");
        }
        return alpha;
    }
}
