package org.hillmix.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.remote.EvaluationJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one codec of the evaluation contract: what the workbench builds, the server reads the same. */
class ContractJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theWorkbenchJobOfAProjectIsAValidJobThatReadsBackEqual() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        HillmixProject p = HillmixProject.create("contract", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        Path journal = dir.resolve("journals").resolve("ann1.jsonl");
        JobConfig job = EvaluationJobs.forProject(dir, p, List.of(journal), List.of("hard", "human-mixup"), 3,
                List.of(0, 4));

        String json = ContractJson.write(job);
        JobConfig back = ContractJson.readJob(json);
        assertEquals(job, back);
        JsonNode tree = PLAIN.readTree(json);
        assertEquals("hillmix.job/1", tree.path("schema").asText());
        assertEquals("image-folder", tree.path("dataset").path("kind").asText());
        assertEquals(dir.resolve("images").toAbsolutePath().toString(), tree.path("dataset").path("path").asText());
        assertEquals("jsonl", tree.path("labels").get(0).path("kind").asText());
        assertEquals(journal.toAbsolutePath().toString(), tree.path("labels").get(0).path("path").asText());
        assertEquals(3, tree.path("training").path("epochs").asInt());
        assertEquals("human-mixup", tree.path("regimes").get(1).path("name").asText());
        assertEquals(4, tree.path("seeds").get(1).asLong());
        assertTrue(job.validate().isEmpty(), job.validate().messages().toString());
    }

    @Test
    void theWorkbenchRefusesRegimesItDoesNotOffer() {
        HillmixProject p = HillmixProject.create("contract", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationJobs.forProject(dir, p, List.of(), List.of("votes"), 1, List.of(0)));
        assertTrue(e.getMessage().startsWith("unknown regime 'votes'"), e.getMessage());
    }

    @Test
    void everyDatasetSubtypeIsNamedByItsKind() throws Exception {
        JsonSubTypes sub = DatasetSpec.class.getAnnotation(JsonSubTypes.class);
        assertEquals(DatasetKind.values().length, sub.value().length);
        for (JsonSubTypes.Type t : sub.value()) {
            DatasetKind kind = DatasetKind.fromId(t.name());
            String json = "{\"kind\": \"" + t.name() + "\"}";
            // the annotations alone pick the variant (validation is the job's business, not the type's)
            DatasetSpec spec = PLAIN.readValue(json, DatasetSpec.class);
            assertInstanceOf(t.value(), spec);
            assertEquals(kind, spec.kind());
        }
    }

    @Test
    void everyRegimeIdHasItsRecord() {
        for (String id : RegimeSpec.IDS) {
            RegimeSpec r = RegimeSpec.withDefaults(id);
            assertEquals(id, r.id());
            assertNull(r.label());
        }
        assertThrows(IllegalArgumentException.class, () -> RegimeSpec.withDefaults("soft"));
    }

    @Test
    void projectDescriptorsKeepTheirSpellingOfCifarBinary() {
        assertEquals(DatasetKind.CIFAR_BINARY, DatasetKind.fromProjectId("cifar10-binary"));
        assertEquals("cifar-binary", DatasetKind.CIFAR_BINARY.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetKind.fromProjectId("synthetic"));
        assertTrue(e.getMessage().contains("'synthetic'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DatasetLocation(DatasetKind.SERVER, "x"));
    }

    /** A report written by the evaluation runner (the workbench test fixture) reads and writes back unchanged. */
    @Test
    void aStoredReportRoundTrips() throws Exception {
        Path stored = Path.of("..", "org.hillmix.ui.tests", "resources", "reports", "report.json");
        String json = Files.readString(stored);
        EvaluationReport r = ContractJson.readReport(json);
        assertEquals(PLAIN.readTree(json), PLAIN.readTree(ContractJson.write(r)));
        assertEquals(List.of("hard", "human-soft", "mixup"),
                r.regimes().stream().map(EvaluationReport.RegimeResult::regime).toList());
        JsonNode ece = PLAIN.readTree(json).path("regimes").get(1).path("aggregate").path("ece");
        assertEquals(ece.path("mean").asDouble(), r.regimes().get(1).aggregate().get("ece").mean());
    }

    @Test
    void otherJsonIsNotAReport() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContractJson.readReport("{\"schema\": \"hillmix.job/1\"}"));
        assertTrue(e.getMessage().contains("hillmix.report/1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContractJson.readReport("[1"));
    }
}
