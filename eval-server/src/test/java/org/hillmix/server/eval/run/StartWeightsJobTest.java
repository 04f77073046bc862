package org.hillmix.server.eval.run;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code training.start}: fine-tuning from a file, refused by name before the first run when the file is wrong. */
class StartWeightsJobTest {

    private static JobConfig job(String start) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "tiny-start",
                 "dataset": {"kind": "synthetic", "classes": 3, "perClass": 10, "imageSize": 8},
                 "training": {"epochs": 1, "batchSize": 8, "start": %s},
                 "regimes": [{"name": "hard"}]}
                """.formatted(start));
    }

    @Test
    void aFileThatIsNoCheckpointIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.params");
        Files.writeString(junk, "not weights");
        JobConfig config = job("{\"kind\": \"file\", \"path\": \"" + junk.toString().replace("\\", "\\\\") + "\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRunner(dir).run(config, null, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("training.start.path: " + junk + " is not a DJL parameter file"),
                e.getMessage());
    }

    @Test
    void aTorchScriptModuleWithAnotherClassCountIsRefusedNamingTheField() throws Exception {
        Path fixture = Path.of(StartWeightsJobTest.class.getResource("/org/hillmix/server/train/tiny-cnn-4.pt")
                .toURI());
        JobConfig config = job("{\"path\": \"" + fixture.toString().replace("\\", "\\\\")
                + "\", \"format\": \"torchscript\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationRunner(Path.of(".")).run(config, null, ProgressMonitor.NULL));
        assertTrue(e.getMessage().startsWith("training.start.path: " + fixture + " gives outputs of shape (2, 4)"),
                e.getMessage());
    }

    @Test
    void startSettingsAreValidatedWhenTheJobIsRead() {
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> job("{\"path\": \"w.params\", \"format\": \"onnx\"}"));
        assertTrue(format.getMessage().contains("training.start.format"), format.getMessage());
        IllegalArgumentException path = assertThrows(IllegalArgumentException.class, () -> job("{\"format\": \"djl\"}"));
        assertTrue(path.getMessage().contains("training.start.path is missing"), path.getMessage());
        IllegalArgumentException patience = assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic"},
                 "training": {"earlyStopping": {"patience": 0}}, "regimes": [{"name": "hard"}]}"""));
        assertTrue(patience.getMessage().contains("training.earlyStopping.patience"), patience.getMessage());
    }
}
