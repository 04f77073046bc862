package org.hillmix.updatetest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * Versions that grow with the commits, so that p2 sees every published build of a later commit as an update.
 *
 * <p>{@link #laterCommitIsOfferedAndInstalledAsAnUpdate()} builds a tiny Tycho reactor (the fixture: two bundles,
 * a feature, a p2 repository) whose parent is the real HILLmix parent pom, from two real commits of a fresh git
 * repository, with the build configuration the product uses; installs the first build with the p2 director of the
 * installation test's bare Eclipse platform, then lets the director replace the feature with the newest version
 * the two repositories offer. It fails if the qualifier came from anything but the commits (the build time, a
 * fixed date, "SNAPSHOT"), if the later build did not come out newer, if the director kept the old bundle, or if
 * the unchanged bundle was not rebuilt bit for bit. {@link #theUpdateSitesQualifiersAreCommitTimes()} checks that
 * the real update site of this build carries such qualifiers. The whole reactor is never built twice: the two
 * fixture builds take a few seconds each.
 */
class P2UpdateTest {

    private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String FEATURE_GROUP = "org.hillmix.fixture.feature.feature.group";
    private static final String FIRST_COMMIT = "2020-01-01T00:00:00Z";
    private static final String SECOND_COMMIT = "2020-01-02T00:00:00Z";
    private static final long TIMEOUT_MINUTES = 5;

    private final Path root = Path.of(property("hillmix.root"));
    private final Path work = Path.of(property("hillmix.update.work"));

    @Test
    void laterCommitIsOfferedAndInstalledAsAnUpdate() throws Exception {
        Path platform = Path.of(property("hillmix.bare.platform"));
        Path launcher = launcher(platform);
        deleteRecursively(work);
        Path repo = work.resolve("fixture-repo");
        copyRecursively(Path.of(property("hillmix.update.fixture")), repo);
        // The fixture's parent is this checkout's parent pom, wherever the copy lies.
        Path fixturePom = repo.resolve("pom.xml");
        Files.writeString(fixturePom, Files.readString(fixturePom).replaceFirst("<relativePath>[^<]*</relativePath>",
                "<relativePath>" + repo.relativize(root.resolve("pom.xml")) + "</relativePath>"));
        // Anchors the fixture's own Maven project root (no .mvn of the enclosing checkout applies).
        Files.createDirectories(repo.resolve(".mvn"));
        git(repo, null, "init", "-q");
        git(repo, null, "add", "-A");
        git(repo, FIRST_COMMIT, "commit", "-q", "-m", "first");
        Path first = build(repo, work.resolve("build-1"));

        String q1 = qualifier(Instant.parse(FIRST_COMMIT));
        assertEquals(Set.of("org.hillmix.fixture.a_0.1.0." + q1 + ".jar", "org.hillmix.fixture.b_0.1.0." + q1 + ".jar"),
                names(first.resolve("plugins")), "the first build's bundles carry the first commit's time");
        assertEquals(Set.of("org.hillmix.fixture.feature_0.1.0." + q1 + ".jar"), names(first.resolve("features")));

        Path changing = repo.resolve("org.hillmix.fixture.b/src/org/hillmix/fixture/b/Changing.java");
        Files.writeString(changing, Files.readString(changing).replace("\"first\"", "\"second\""));
        git(repo, null, "add", "-A");
        git(repo, SECOND_COMMIT, "commit", "-q", "-m", "second");
        Path second = build(repo, work.resolve("build-2"));

        String q2 = qualifier(Instant.parse(SECOND_COMMIT));
        assertEquals(Set.of("org.hillmix.fixture.a_0.1.0." + q1 + ".jar", "org.hillmix.fixture.b_0.1.0." + q2 + ".jar"),
                names(second.resolve("plugins")), "only the bundle the second commit changed has a new version");
        assertEquals(Set.of("org.hillmix.fixture.feature_0.1.0." + q2 + ".jar"), names(second.resolve("features")),
                "the feature is as new as its newest bundle");
        String unchanged = "plugins/org.hillmix.fixture.a_0.1.0." + q1 + ".jar";
        assertArrayEquals(Files.readAllBytes(first.resolve(unchanged)), Files.readAllBytes(second.resolve(unchanged)),
                "the same commit of a module builds the same bits");

        Path installation = work.resolve("installation");
        director(launcher, platform, installation, List.of(first), "-installIU", FEATURE_GROUP);
        assertTrue(latestProfile(installation).contains("id='" + FEATURE_GROUP + "' version='0.1.0." + q1 + "'"),
                "the first build is installed");

        // Offered both builds, the director takes the newest feature: the later build's, because its version is
        // higher, not because it was named.
        director(launcher, platform, installation, List.of(first, second), "-uninstallIU", FEATURE_GROUP,
                "-installIU", FEATURE_GROUP);
        assertEquals(List.of(FEATURE_GROUP + "/0.1.0." + q2), installedRoots(launcher, platform, installation));
        String profile = latestProfile(installation);
        assertTrue(profile.contains("id='org.hillmix.fixture.b' version='0.1.0." + q2 + "'"), "b updated");
        assertFalse(profile.contains("id='org.hillmix.fixture.b' version='0.1.0." + q1 + "'"), "old b gone");
        assertTrue(profile.contains("id='org.hillmix.fixture.a' version='0.1.0." + q1 + "'"), "a kept");
        Path installedB = installation.resolve("plugins/org.hillmix.fixture.b_0.1.0." + q2 + ".jar");
        try (JarFile jar = new JarFile(installedB.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("org/hillmix/fixture/b/Changing.class"))) {
            String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(constants.contains("second") && !constants.contains("first"),
                    "the installed bundle is the second commit's code");
        }
    }

    @Test
    void theUpdateSitesQualifiersAreCommitTimes() throws Exception {
        Path site = root.resolve("update-site/target/repository");
        assertTrue(Files.isDirectory(site), "no update site at " + site + ": build the reactor first");
        Map<String, List<String>> bundles = Map.of(
                "org.hillmix.core", List.of("bundles/org.hillmix.core"),
                "org.hillmix.ui", List.of("bundles/org.hillmix.ui"),
                "org.hillmix.ui.eval", List.of("bundles/org.hillmix.ui.eval"),
                "org.hillmix.server", List.of("eval-server"));
        for (Map.Entry<String, List<String>> e : bundles.entrySet()) {
            String q = siteQualifier(site.resolve("plugins"), e.getKey());
            Set<String> touching = commitQualifiers(e.getValue());
            assertTrue(touching.contains(q), e.getKey() + " has qualifier " + q + ", which is not the time of a commit"
                    + " touching " + e.getValue() + " (latest: " + last(touching) + ")");
        }
        assertFeatureQualifier(site, "org.hillmix.feature", "features/org.hillmix.feature", "org.hillmix.core");
        // The workbench feature includes the core feature, so the core counts as well.
        assertFeatureQualifier(site, "org.hillmix.ui.feature", "features/org.hillmix.ui.feature", "org.hillmix.ui",
                "org.hillmix.ui.eval", "org.hillmix.core");
        assertFeatureQualifier(site, "org.hillmix.server.feature", "features/org.hillmix.server.feature",
                "org.hillmix.server", "org.hillmix.core");
    }

    /** A feature is as new as the newest of its own folder's commits and its bundles. */
    private void assertFeatureQualifier(Path site, String feature, String folder, String... bundles)
            throws Exception {
        String q = siteQualifier(site.resolve("features"), feature);
        Set<String> candidates = new TreeSet<>(commitQualifiers(List.of(folder)));
        for (String bundle : bundles) {
            String bq = siteQualifier(site.resolve("plugins"), bundle);
            assertTrue(q.compareTo(bq) >= 0, feature + " " + q + " is older than its bundle " + bundle + " " + bq);
            candidates.add(bq);
        }
        assertTrue(candidates.contains(q), feature + " has qualifier " + q + ", neither a commit time of " + folder
                + " nor one of its bundles'");
    }

    private static String siteQualifier(Path dir, String id) throws IOException {
        List<String> found = names(dir).stream().filter(n -> n.startsWith(id + "_0.1.0.") && n.endsWith(".jar"))
                .toList();
        assertEquals(1, found.size(), "one " + id + " in " + dir + ": " + found);
        String name = found.get(0);
        return name.substring((id + "_0.1.0.").length(), name.length() - ".jar".length());
    }

    /** The qualifiers (commit times) of every commit that touched one of the paths, as git lists them. */
    private Set<String> commitQualifiers(List<String> paths) throws Exception {
        List<String> args = new ArrayList<>(List.of("log", "--full-history", "--format=%ct", "--"));
        args.addAll(paths);
        return git(root, null, args.toArray(String[]::new)).lines().filter(l -> !l.isBlank())
                .map(l -> qualifier(Instant.ofEpochSecond(Long.parseLong(l.trim()))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String last(Set<String> qualifiers) {
        return qualifiers.stream().max(Comparator.naturalOrder()).orElse("none");
    }

    private static String qualifier(Instant time) {
        return QUALIFIER.format(time);
    }

    /**
     * Builds the fixture with the Maven that runs this build, offline (every plugin it uses, the reactor has used
     * before this test); returns the fixture's p2 repository (copied).
     */
    private Path build(Path repo, Path copyTo) throws Exception {
        Path log = copyTo.resolveSibling(copyTo.getFileName() + ".log");
        List<String> cmd = List.of(Path.of(property("maven.home"), "bin", "mvn").toString(), "-B", "-o",
                "-f", repo.resolve("pom.xml").toString(), "package",
                "-Dmaven.repo.local=" + property("maven.repo.local"));
        run(repo, cmd, Map.of(), log, "the fixture build");
        Path site = repo.resolve("org.hillmix.fixture.site/target/repository");
        copyRecursively(site, copyTo);
        return copyTo;
    }

    private void director(Path launcher, Path platform, Path installation, List<Path> repositories,
            String... request) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", launcher.toString(), "-nosplash",
                "-application", "org.eclipse.equinox.p2.director",
                "-repository", repositories.stream().map(p -> p.toUri().toString()).collect(Collectors.joining(",")),
                "-destination", installation.toString(), "-profile", "UpdateTest",
                "-bundlepool", installation.toString(), "-p2.os", "linux", "-p2.ws", "gtk", "-p2.arch", "x86_64",
                "-roaming"));
        cmd.addAll(List.of(request));
        run(platform, cmd, Map.of(), work.resolve("director-" + System.nanoTime() + ".log"), "the p2 director");
    }

    private List<String> installedRoots(Path launcher, Path platform, Path installation) throws Exception {
        Path log = work.resolve("roots-" + System.nanoTime() + ".log");
        run(platform, List.of(java(), "-jar", launcher.toString(), "-nosplash",
                "-application", "org.eclipse.equinox.p2.director", "-listInstalledRoots",
                "-destination", installation.toString(), "-profile", "UpdateTest"), Map.of(), log, "the p2 director");
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("org.hillmix.fixture")).toList();
    }

    /** The newest state of the installation's p2 profile (a gzipped XML file per change). */
    private static String latestProfile(Path installation) throws IOException {
        Path dir = installation.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/UpdateTest.profile");
        Path newest;
        try (Stream<Path> files = Files.list(dir)) {
            newest = files.filter(p -> p.getFileName().toString().endsWith(".profile.gz"))
                    .max(Comparator.comparing(p -> Long.parseLong(p.getFileName().toString().split("\\.")[0])))
                    .orElseThrow(() -> new AssertionError("no profile in " + dir));
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path launcher(Path platform) throws IOException {
        Path plugins = platform.resolve("plugins");
        assertTrue(Files.isDirectory(plugins), "no bare platform at " + platform
                + " (update-site/install-test materialises it; build the reactor first)");
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")
                    && p.getFileName().toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Equinox launcher in " + plugins));
        }
    }

    /** Runs git with a fixed identity and, for commits, the given commit time. */
    private static String git(Path dir, String date, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=HILLmix update test",
                "-c", "user.email=update-test@hillmix.invalid", "-c", "commit.gpgsign=false",
                "-c", "core.hooksPath=/dev/null"));
        cmd.addAll(List.of(args));
        Map<String, String> env = date == null ? Map.of()
                : Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date);
        Path log = Files.createTempFile("git", ".log");
        try {
            run(dir, cmd, env, log, "git " + String.join(" ", args));
            return Files.readString(log);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void run(Path dir, List<String> cmd, Map<String, String> env, Path log, String what)
            throws Exception {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(what + " did not finish in " + TIMEOUT_MINUTES + " minutes; log " + log);
        }
        if (p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            fail(what + " exited with " + p.exitValue() + " (" + log + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (the pom sets it)");
        }
        return v;
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
