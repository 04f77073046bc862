package org.hillmix.server.train;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SymbolBlock;
import ai.djl.training.Trainer;

/**
 * Reads and writes the weights files of fine-tuning (docs/training.md, "Fine-tuning").
 *
 * <p>Written files are DJL parameter files ({@code Model.save}) with the properties {@value #MODEL},
 * {@value #CLASSES} and {@value #INPUT}, so that loading can say what a file was made for. Every problem with a
 * given file becomes an {@link IllegalArgumentException} whose message starts with {@link StartWeights#field()} and
 * names the file and the reason.
 */
final class Checkpoints {

    /** Property: the HILLmix model name the weights belong to. */
    static final String MODEL = "hillmix.model";
    /** Property: the number of classes. */
    static final String CLASSES = "hillmix.classes";
    /** Property: the input shape, {@code CxHxW}. */
    static final String INPUT = "hillmix.input";

    private static final String DJL_MAGIC = "DJL@";

    private Checkpoints() {
    }

    /** Writes the model's current weights to {@code target} (replacing it atomically). */
    static void save(Model model, TrainingSpec spec, ExampleSet shape, Path target) {
        if (model.getBlock() instanceof SymbolBlock) {
            throw new IllegalArgumentException("saving weights needs one of HILLmix's models; a run that started "
                    + "from a TorchScript file cannot be saved as a DJL parameter file");
        }
        model.setProperty(MODEL, spec.model());
        model.setProperty(CLASSES, Integer.toString(shape.numClasses()));
        model.setProperty(INPUT, input(shape));
        model.setProperty("Epoch", "0");
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempDirectory(dir, ".checkpoint");
            try {
                model.save(tmp, "weights");
                List<Path> written;
                try (Stream<Path> files = Files.list(tmp)) {
                    written = files.toList();
                }
                if (written.size() != 1) {
                    throw new IOException("DJL wrote " + written.size() + " files, expected one: " + written);
                }
                Files.move(written.get(0), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                try (Stream<Path> left = Files.list(tmp)) {
                    for (Path p : left.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the weights to " + target, e);
        }
    }

    /**
     * Loads a DJL parameter file into the model's (initialised) HILLmix block.
     *
     * @throws IllegalArgumentException when the file is missing, is no DJL parameter file, or was written for
     *         another model, class count or input shape
     */
    static void loadDjl(Model model, StartWeights start, String modelName, ExampleSet shape) {
        Path file = start.file();
        String field = start.field();
        requireFile(field, file);
        Map<String, String> properties = properties(field, file);
        String savedModel = properties.get(MODEL);
        if (savedModel != null && !savedModel.equals(modelName)) {
            throw new IllegalArgumentException(field + ": " + file + " holds weights of " + savedModel
                    + ", but the job trains " + modelName + "; set model.name to \"" + savedModel + "\"");
        }
        String classes = properties.get(CLASSES);
        if (classes != null && !classes.equals(Integer.toString(shape.numClasses()))) {
            throw new IllegalArgumentException(field + ": " + file + " was trained for " + classes
                    + " classes, but the data have " + shape.numClasses());
        }
        String input = properties.get(INPUT);
        if (input != null && !input.equals(input(shape))) {
            throw new IllegalArgumentException(field + ": " + file + " was trained on " + input
                    + " images, but the data have " + input(shape));
        }
        try (InputStream in = Files.newInputStream(file)) {
            model.load(in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new IllegalArgumentException(field + ": " + file + " does not hold weights of model " + modelName
                    + " (" + firstLine(e) + ")", e);
        }
    }

    /**
     * The properties in the header of a DJL parameter file: "DJL@", version (int), model name, data type, the
     * inputs (name and encoded shape each) and the properties (key and value each), as {@code Model.save}
     * writes them.
     */
    static Map<String, String> properties(String field, Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = in.readNBytes(4);
            if (!DJL_MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new IllegalArgumentException(field + ": " + file + " is not a DJL parameter file (it does "
                        + "not begin with \"" + DJL_MAGIC + "\"); for a TorchScript file set model.format to "
                        + "\"torchscript\"");
            }
            int version = in.readInt();
            if (version != 1) {
                throw new IllegalArgumentException(field + ": " + file + " is a DJL parameter file of version "
                        + version + "; this DJL reads version 1");
            }
            in.readUTF();
            in.readUTF();
            int inputs = in.readInt();
            for (int i = 0; i < inputs; i++) {
                in.readUTF();
                Shape.decode(in);
            }
            int count = in.readInt();
            if (count < 0 || count > 10_000) {
                throw new IOException("implausible property count " + count);
            }
            Map<String, String> properties = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                properties.put(in.readUTF(), in.readUTF());
            }
            return properties;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith(field + ": ")) {
                throw iae;
            }
            throw new IllegalArgumentException(field + ": " + file + " has a damaged DJL header ("
                    + firstLine(e) + ")", e);
        }
    }

    /**
     * Loads a TorchScript module as the model's block, all its parameters trainable.
     *
     * @throws IllegalArgumentException when the file is missing or DJL's PyTorch engine cannot load it
     */
    static void loadTorchScript(Model model, StartWeights start) {
        Path file = start.file();
        String field = start.field();
        requireFile(field, file);
        try (InputStream in = Files.newInputStream(file)) {
            model.load(in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new IllegalArgumentException(field + ": " + file + " is not a TorchScript module that DJL's "
                    + "PyTorch engine can load (" + firstLine(e) + ")", e);
        }
        // DJL freezes loaded TorchScript parameters; fine-tuning trains them.
        model.getBlock().freezeParameters(false);
    }

    /**
     * Checks that the loaded model maps a batch of the data's images to one logit per class.
     *
     * @throws IllegalArgumentException when it fails on such a batch or gives another output shape
     */
    static void checkOutputs(Trainer trainer, StartWeights start, ExampleSet shape) {
        Shape out;
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray x = manager.zeros(new Shape(2, shape.channels(), shape.height(), shape.width()));
            out = trainer.evaluate(new NDList(x)).singletonOrThrow().getShape();
        } catch (EngineException | IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(start.field() + ": " + start.file() + " cannot run on a batch of "
                    + input(shape) + " images (" + firstLine(e) + ")", e);
        }
        if (out.dimension() != 2 || out.get(0) != 2 || out.get(1) != shape.numClasses()) {
            throw new IllegalArgumentException(start.field() + ": " + start.file() + " gives outputs of shape " + out
                    + " for a batch of 2 images; the data need (2, " + shape.numClasses() + ") logits, one per class");
        }
    }

    /** The input shape as {@code CxHxW}. */
    private static String input(ExampleSet shape) {
        return shape.channels() + "x" + shape.height() + "x" + shape.width();
    }

    private static void requireFile(String field, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(field + ": " + file + " does not exist or is not a file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(field + ": " + file + " cannot be read");
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
