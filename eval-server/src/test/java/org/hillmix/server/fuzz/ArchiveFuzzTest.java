package org.hillmix.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hillmix.server.datasets.ArchiveExtractor;
import org.hillmix.server.datasets.DatasetException;
import org.hillmix.server.datasets.ExtractionLimits;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the upload extractor (zip, tar, tar.gz; docs/testing.md, "Fuzzing"): every input is
 * extracted or refused with a {@link DatasetException}, and nothing is ever written outside the target folder
 * (its scratch folder holds only the upload and the target afterwards). Small limits keep each run fast and make
 * the limit checks reachable.
 */
class ArchiveFuzzTest {

    private static final ExtractionLimits LIMITS = new ExtractionLimits(1 << 20, 1 << 20, 64, 100);

    @FuzzTest(maxDuration = "2m")
    void extract(byte[] data) throws IOException {
        Path box = FuzzFiles.emptyFolder("archive");
        Path upload = Files.write(box.resolve("upload.bin"), data);
        Path target = Files.createDirectory(box.resolve("target"));
        try {
            new ArchiveExtractor(LIMITS).extract(upload, target);
        } catch (DatasetException e) {
            // the refusal's message is shown to the uploader as the problem's detail
            assertNotNull(e.getMessage(), () -> "refusal without a message: " + e);
        }
        try (Stream<Path> s = Files.list(box)) {
            assertEquals(List.of("target", "upload.bin"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the upload and the target folder may exist beside each other");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
