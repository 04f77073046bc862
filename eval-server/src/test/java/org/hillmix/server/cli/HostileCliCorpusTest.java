package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hillmix.server.corpus.HostileCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI case of the hostile corpus ({@code hostile/cli/cases.tsv}: file, args, exit, where, expect), run in
 * process: the exit code must be the table's (2 for bad input, never 1), stderr must end with exactly one
 * {@code hillmix <command>:} line that names where and what, and nothing may print a stack trace.
 *
 * <p>Placeholders in args: {@code {file}} the case file, {@code {fx}} the fixtures folder, {@code {tmp}} a fresh
 * folder, {@code {images}} an image folder {@code cat/<case file>, dog/ok.png}, {@code {job:NAME}} fixture job
 * {@code NAME} with {@code @FILE@} and {@code @FX@} replaced.
 */
class HostileCliCorpusTest {

    private static final Pattern JOB = Pattern.compile("\\{job:([^}]+)}");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> cliCases() throws IOException {
        Path root = HostileCorpus.folder("cli");
        Path fx = root.resolve("fixtures");
        return HostileCorpus.rows("cli", 5).stream().map(row -> DynamicTest.dynamicTest(row.cell(0), () -> {
            Path file = root.resolve(row.cell(0));
            Path caseDir = Files.createDirectories(tmp.resolve("case-" + row.line()));
            String[] args = expand(row.cell(1), file, fx, caseDir);
            CliRun r = CliRun.run(args);
            String context = "cases.tsv line " + row.line() + " (" + row.cell(0) + ")";
            int exit = Integer.parseInt(row.cell(2));
            assertEquals(exit, r.exit(), () -> context + ": exit code; stderr: " + r.err());
            assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception in"), () -> context
                    + ": stack trace: " + r.err());
            if (exit == 2) {
                String[] lines = r.err().strip().split("\n");
                String last = lines[lines.length - 1];
                assertTrue(last.startsWith("hillmix " + args[0] + ": "), () -> context + ": refusal last: " + r.err());
                assertEquals(1, Arrays.stream(lines).filter(l -> l.startsWith("hillmix ")).count(),
                        () -> context + ": one refusal line: " + r.err());
                HostileCorpus.assertNames(last, row.cell(3), row.fragments(4), context);
            }
        }));
    }

    private static String[] expand(String template, Path file, Path fx, Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String a : template.split(" ")) {
            Matcher m = JOB.matcher(a);
            if (m.matches()) {
                String job = Files.readString(fx.resolve(m.group(1))).replace("@FILE@", json(file))
                        .replace("@FX@", json(fx));
                out.add(Files.writeString(dir.resolve("job.json"), job).toString());
                continue;
            }
            if (a.equals("{images}")) {
                Path images = dir.resolve("images");
                Files.createDirectories(images.resolve("cat"));
                Files.createDirectories(images.resolve("dog"));
                Files.copy(file, images.resolve("cat").resolve(file.getFileName()));
                Files.copy(fx.resolve("ok.png"), images.resolve("dog/ok.png"));
                out.add(images.toString());
                continue;
            }
            out.add(a.replace("{file}", file.toString()).replace("{fx}", fx.toString()).replace("{tmp}", dir.toString()));
        }
        return out.toArray(String[]::new);
    }

    private static String json(Path p) {
        return p.toString().replace("\\", "/").replace("\"", "\\\"");
    }
}
