package org.hillmix.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the local files of a job configuration and pointing it at their uploads. */
class LocalSourcesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void findsFoldersAndLabelFilesAndRewritesThem() throws Exception {
        Files.createDirectories(tmp.resolve("imgs/cat"));
        Files.writeString(tmp.resolve("s1.jsonl"), "{}\n");
        Files.createDirectories(tmp.resolve("data/hmix"));
        Files.writeString(tmp.resolve("data/hmix/hmix_infer_mixing_factor.csv"), "a,b\n");
        JsonNode config = MAPPER.readTree("""
                {"schema": "hillmix.job/1", "dataset": {"kind": "image-folder", "path": "imgs", "limit": 40},
                 "labels": [{"kind": "jsonl", "path": "s1.jsonl"}, {"kind": "simulated"},
                            {"kind": "hmix", "dir": "data"}]}
                """);
        List<LocalSources.Source> found = LocalSources.find(config, tmp);
        assertEquals(List.of(
                new LocalSources.Source("dataset", LocalSources.Kind.IMAGE_FOLDER, tmp.resolve("imgs"), null),
                new LocalSources.Source("labels[0]", LocalSources.Kind.LABEL_FILE, tmp.resolve("s1.jsonl"), null),
                new LocalSources.Source("labels[2]", LocalSources.Kind.LABEL_FILE,
                        tmp.resolve("data/hmix/hmix_infer_mixing_factor.csv"), "hmix")), found);

        JsonNode rewritten = LocalSources.rewrite(config, Map.of("dataset", "imgs-1", "labels[0]", "aa",
                "labels[2]", "bb"));
        assertEquals(MAPPER.readTree("""
                {"schema": "hillmix.job/1", "dataset": {"kind": "server", "id": "imgs-1", "limit": 40},
                 "labels": [{"kind": "server", "id": "aa"}, {"kind": "simulated"}, {"kind": "server", "id": "bb"}]}
                """), rewritten);
        assertEquals("image-folder", config.path("dataset").path("kind").asText(), "the original is unchanged");
    }

    @Test
    void dataFilesTravelUnderTheNamesTheServerRecognises() throws Exception {
        Files.createDirectories(tmp.resolve("mnist"));
        Files.write(tmp.resolve("mnist/my-images"), new byte[] {1});
        Files.write(tmp.resolve("mnist/my-labels"), new byte[] {2});
        LocalSources.Source idx = LocalSources.find(MAPPER.readTree("""
                {"dataset": {"kind": "idx", "images": "mnist/my-images", "labels": "mnist/my-labels"}}"""), tmp).get(0);
        assertEquals(LocalSources.Kind.DATA_FILES, idx.kind());
        assertEquals(Map.of(LocalSources.IDX_IMAGES, tmp.resolve("mnist/my-images"), LocalSources.IDX_LABELS,
                tmp.resolve("mnist/my-labels")), idx.files());

        Files.createDirectories(tmp.resolve("cifar"));
        Files.write(tmp.resolve("cifar/data_batch_2.bin"), new byte[] {1});
        Files.write(tmp.resolve("cifar/data_batch_1.bin"), new byte[] {1});
        Files.writeString(tmp.resolve("cifar/readme.txt"), "not a batch");
        assertEquals(List.of("data_batch_1.bin", "data_batch_2.bin"), List.copyOf(LocalSources.find(MAPPER.readTree(
                "{\"dataset\": {\"kind\": \"cifar-binary\", \"path\": \"cifar\"}}"), tmp).get(0).files().keySet()));

        Files.createDirectories(tmp.resolve("pets/img/cat"));
        Files.write(tmp.resolve("pets/img/cat/1.png"), new byte[] {1});
        Files.write(tmp.resolve("pets/unlisted.png"), new byte[] {1});
        Files.writeString(tmp.resolve("pets/pets.csv"), "file,label\nimg/cat/1.png,cat\n");
        assertEquals(Map.of(LocalSources.INDEX_CSV, tmp.resolve("pets/pets.csv"), "img/cat/1.png",
                tmp.resolve("pets/img/cat/1.png")), LocalSources.find(MAPPER.readTree(
                "{\"dataset\": {\"kind\": \"index-csv\", \"path\": \"pets/pets.csv\"}}"), tmp).get(0).files(),
                "the CSV as index.csv and the images it lists, nothing else");
    }

    @Test
    void namesTheFieldOfAMissingFileOrAnUnuploadableKind() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> LocalSources.find(
                MAPPER.readTree("{\"dataset\": {\"kind\": \"synthetic\"}, \"labels\": {\"kind\": \"jsonl\", "
                        + "\"path\": \"nope.jsonl\"}}"), tmp));
        assertTrue(missing.getMessage().startsWith("labels.path: no such file: " + tmp.resolve("nope.jsonl")),
                missing.getMessage());
        IllegalArgumentException idx = assertThrows(IllegalArgumentException.class, () -> LocalSources.find(
                MAPPER.readTree("{\"dataset\": {\"kind\": \"idx\", \"images\": \"a\", \"labels\": \"b\"}}"), tmp));
        assertTrue(idx.getMessage().startsWith("dataset.images: no such file: " + tmp.resolve("a")), idx.getMessage());
        IllegalArgumentException shared = assertThrows(IllegalArgumentException.class, () -> LocalSources.find(
                MAPPER.readTree("{\"dataset\": {\"kind\": \"shared-cifar10\", \"dir\": \".\"}}"), tmp));
        assertTrue(shared.getMessage().startsWith("dataset.kind 'shared-cifar10'"), shared.getMessage());
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.write(tmp.resolve("elsewhere/x.png"), new byte[] {1});
        Files.createDirectories(tmp.resolve("csv"));
        Files.writeString(tmp.resolve("csv/index.csv"), "file,label\n../elsewhere/x.png,cat\n");
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> LocalSources.find(
                MAPPER.readTree("{\"dataset\": {\"kind\": \"index-csv\", \"path\": \"csv/index.csv\"}}"), tmp));
        assertTrue(outside.getMessage().contains("lists " + tmp.resolve("elsewhere/x.png") + ", which is not in its "
                + "folder or below"), outside.getMessage());
        Files.createDirectories(tmp.resolve("empty"));
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class, () -> LocalSources.find(
                MAPPER.readTree("{\"labels\": {\"kind\": \"cifar10h\", \"dir\": \"empty\"}}"), tmp));
        assertTrue(noFile.getMessage().contains("holds no cifar10h/cifar10h-counts.npy"), noFile.getMessage());
    }
}
