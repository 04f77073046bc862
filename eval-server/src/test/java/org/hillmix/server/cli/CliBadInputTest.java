package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hillmix.core.data.NpyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to crash the CLI (exit 1 with a stack trace), be accepted with a wrong result, or be refused
 * without saying what and where (issue 8, defect 6). Each now exits 2 with one line on stderr that names the
 * option or file at fault and the specific reason; the fragments checked here come from the values of this
 * test (file names, offsets, counts), not from a message template, so a generic message cannot pass.
 */
class CliBadInputTest {

    @TempDir
    Path tmp;

    static String assertBadInput(CliRun r, String... fragments) {
        assertEquals(2, r.exit(), () -> "exit code; stderr: " + r.err());
        // progress lines (evaluate) may come first; the refusal is the one line that starts with "hillmix"
        String[] lines = r.err().strip().split("\n");
        String line = lines[lines.length - 1];
        assertTrue(line.startsWith("hillmix "), () -> "refusal expected last: " + r.err());
        assertEquals(1, java.util.Arrays.stream(lines).filter(l -> l.startsWith("hillmix ")).count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> "no stack trace: " + r.err());
        for (String f : fragments) {
            assertTrue(line.contains(f), () -> "'" + f + "' missing from: " + line);
        }
        return line;
    }

    Path npyPair() throws IOException {
        NpyWriter.writeDoubles(tmp.resolve("p.npy"), new double[][] {{0.7, 0.3}, {0.2, 0.8}});
        NpyWriter.writeLongs(tmp.resolve("l.npy"), new long[] {0, 1}, 2);
        return tmp;
    }

    @Test
    void metricsBinsBeyondTheLimitAreRefusedBeforeAllocating() throws IOException {
        npyPair();
        assertBadInput(run("metrics", "--probs", tmp.resolve("p.npy").toString(), "--labels",
                tmp.resolve("l.npy").toString(), "--bins", "1000000000"), "--bins", "1000000000", "10000");
    }

    @Test
    void stimuliDrawsBeyondTheLimitAreRefusedBeforeReadingImages() throws IOException {
        Path images = Files.createDirectories(tmp.resolve("images"));
        assertBadInput(run("stimuli", "--images", images.toString(), "--pairs", "3", "--beta", "0.2", "--draws",
                "1000000000", "--out", tmp.resolve("out").toString()), "--draws 1000000000", "3000000000 stimuli",
                "1000000");
    }

    static void idx(Path file, int magic, int... dims) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(magic);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(new byte[64]);
        }
    }

    Path idxJob(String images, String labels) throws IOException {
        Path job = tmp.resolve("job.json");
        Files.writeString(job, """
                {"schema": "hillmix.job/1", "name": "idx",
                 "dataset": {"kind": "idx", "images": "%s", "labels": "%s"},
                 "regimes": [{"name": "hard"}]}
                """.formatted(tmp.resolve(images).toString().replace("\\", "/"),
                tmp.resolve(labels).toString().replace("\\", "/")));
        return job;
    }

    @Test
    void idxLabelHeaderClaimingTwoBillionItemsIsTruncationNotOutOfMemory() throws IOException {
        idx(tmp.resolve("huge-labels-idx1-ubyte"), 0x801, Integer.MAX_VALUE);
        idx(tmp.resolve("images-idx3-ubyte"), 0x803, 2, 2, 2);
        assertBadInput(run("evaluate", "--config", idxJob("images-idx3-ubyte", "huge-labels-idx1-ubyte").toString(),
                "--out", tmp.resolve("report").toString()), "huge-labels-idx1-ubyte", "truncated",
                "2147483647");
    }

    @Test
    void idxImageHeaderClaimingTwoBillionImagesIsRefused() throws IOException {
        idx(tmp.resolve("labels-idx1-ubyte"), 0x801, 2);
        idx(tmp.resolve("huge-images-idx3-ubyte"), 0x803, Integer.MAX_VALUE, 28, 28);
        assertBadInput(run("evaluate", "--config", idxJob("huge-images-idx3-ubyte", "labels-idx1-ubyte").toString(),
                "--out", tmp.resolve("report").toString()), "huge-images-idx3-ubyte", "2147483647");
    }

    @Test
    void headerOnlyCifar10sRawIsRefusedInsteadOfWritingAnEmptyFile() throws IOException {
        Path csv = tmp.resolve("header-only.csv");
        Files.writeString(csv, ",trial_type,trial_index,time_elapsed,subject,condition,rt,view_history,response,"
                + "filename,task,label,img_id\n");
        Path out = tmp.resolve("labels.json");
        assertBadInput(run("labels", "--from", "cifar10s-raw", "--input", csv.toString(), "--out", out.toString()),
                "header-only.csv", "no answers");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void mixingSummaryRefusesATrueLambdaOutsideZeroOne() throws IOException {
        Path csv = tmp.resolve("mixing.csv");
        Files.writeString(csv, "trial_type,subject,rt,responses,filename,mixtureCoeff\n"
                + "multiple-slider,s1,100,\"{\"\"mixingcoeff\"\":50,\"\"confidence\"\":80}\",a.png,0.5\n"
                + "multiple-slider,s1,100,\"{\"\"mixingcoeff\"\":50,\"\"confidence\"\":80}\",b.png,7\n");
        assertBadInput(run("mixing-summary", "--hmix-infer", csv.toString(), "--out", tmp.resolve("s.json").toString()),
                "mixing.csv line 3", "mixtureCoeff", "7", "outside [0, 1]");
    }

    @Test
    void invalidUtf8NamesTheFileAndTheByteOffset() throws IOException {
        Path csv = tmp.resolve("latin1.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write(",trial_type,trial_index\n0,x,".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) 0xe9, 't', 'e', '\n'});
        }
        assertBadInput(run("labels", "--from", "cifar10s-raw", "--input", csv.toString(), "--out",
                tmp.resolve("o.json").toString()), "latin1.csv", "byte offset 28", "0xe9");
    }

    @Test
    void aFolderGivenForAFileIsNamed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("answers-folder"));
        assertBadInput(run("labels", "--from", "hmix-categorical", "--input", dir.toString(), "--out",
                tmp.resolve("o.json").toString()), "answers-folder", "is a folder");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aReadErrorNamesTheFile() {
        // reading /proc/self/mem from offset 0 fails with EIO: the kernel's "Input/output error" alone said nothing
        String line = assertBadInput(run("labels", "--from", "cifar10s-raw", "--input", "/proc/self/mem", "--out",
                tmp.resolve("o.json").toString()), "/proc/self/mem", "Input/output error");
        assertTrue(line.indexOf("/proc/self/mem") < line.indexOf("Input/output error"), line);
        assertBadInput(run("metrics", "--probs", "/proc/self/mem", "--labels", "/proc/self/mem"), "/proc/self/mem",
                "Input/output error");
    }

    @Test
    void evaluateRefusesAnExistingFileAsOutputFolderBeforeTraining() throws IOException {
        Path existing = Files.writeString(tmp.resolve("taken.txt"), "x");
        Path job = tmp.resolve("job.json");
        Files.writeString(job, """
                {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic"},
                 "regimes": [{"name": "hard"}]}
                """);
        assertBadInput(run("evaluate", "--config", job.toString(), "--out", existing.toString()), "--out",
                "taken.txt", "existing file");
        assertEquals("x", Files.readString(existing), "untouched");
    }
}
