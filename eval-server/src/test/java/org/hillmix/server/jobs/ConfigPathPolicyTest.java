package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.evaluation.JobConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which paths a submitted job may name: inside the allowed folders, links judged by where they lead. */
class ConfigPathPolicyTest {

    @TempDir
    Path dir;

    private Path allowed;
    private Path outside;
    private ConfigPathPolicy policy;

    @BeforeEach
    void folders() throws Exception {
        allowed = Files.createDirectories(dir.resolve("allowed"));
        outside = Files.createDirectories(dir.resolve("outside"));
        policy = new ConfigPathPolicy(allowed, List.of(allowed));
    }

    private static JobConfig imageFolder(Path path) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "image-folder", "path": "%s"},
                 "regimes": [{"name": "hard"}]}""".formatted(path.toString().replace("\\", "\\\\")));
    }

    private void refused(Path path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> policy.check(imageFolder(path)));
        assertTrue(e.getMessage().startsWith("dataset.path '" + path + "' is outside the folders"), e.getMessage());
    }

    @Test
    void pathsInsideAreAllowedEvenBeforeTheyExist() throws Exception {
        assertDoesNotThrow(() -> policy.check(imageFolder(Files.createDirectories(allowed.resolve("images")))));
        assertDoesNotThrow(() -> policy.check(imageFolder(allowed.resolve("not-yet").resolve("images"))));
    }

    @Test
    void pathsOutsideAndLinksToOutsideAreRefused() throws Exception {
        refused(outside);
        refused(allowed.resolve("..").resolve("outside"));
        refused(Files.createSymbolicLink(allowed.resolve("to-outside"), outside));
    }

    /** Issue 8, defect 5: a dangling link inside an allowed folder that points outside was accepted. */
    @Test
    void danglingLinksAreJudgedByTheirTarget() throws Exception {
        refused(Files.createSymbolicLink(allowed.resolve("dangling"), outside.resolve("later")));
        refused(Files.createSymbolicLink(allowed.resolve("relative"), Path.of("..", "outside", "later")));
        refused(allowed.resolve("dangling").resolve("images"));
        Path chain = Files.createSymbolicLink(allowed.resolve("chain"), allowed.resolve("relative"));
        refused(chain);
        Path inside = Files.createSymbolicLink(allowed.resolve("inside"), allowed.resolve("later"));
        assertDoesNotThrow(() -> policy.check(imageFolder(inside)));
        Path loop = allowed.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        assertDoesNotThrow(() -> policy.check(imageFolder(loop)), "a loop cannot lead outside");
    }
}
