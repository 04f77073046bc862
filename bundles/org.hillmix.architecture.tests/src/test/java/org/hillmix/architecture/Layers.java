package org.hillmix.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The layering of HILLmix (docs/architecture.md) as ArchUnit rules. {@link ArchitectureTest} checks
 * them against the built classes; {@link RulesCanFailTest} checks that each one reports a
 * deliberate violation.
 */
final class Layers {

    /** The bundles (and the server) by root package; ui's package holds ui.eval's, so it is cut out. */
    static final DescribedPredicate<JavaClass> CORE = resideInAPackage("org.hillmix.core..").as("the core");
    static final DescribedPredicate<JavaClass> SERVER = resideInAPackage("org.hillmix.server..").as("the server");
    static final DescribedPredicate<JavaClass> UI_EVAL = resideInAPackage("org.hillmix.ui.eval..").as("ui.eval");
    static final DescribedPredicate<JavaClass> UI = resideInAPackage("org.hillmix.ui..").and(not(UI_EVAL))
            .as("ui");
    static final DescribedPredicate<JavaClass> RCP = resideInAPackage("org.hillmix.rcp..").as("rcp");
    private static final DescribedPredicate<JavaClass> NOBODY = DescribedPredicate.<JavaClass>alwaysFalse()
            .as("nobody");

    private Layers() {
    }

    /** The core is UI-free and server-free: no SWT, JFace, Eclipse UI, OSGi, Jetty, DJL, servlet API. */
    static final ArchRule CORE_IMPORTS_NO_UI_JETTY_OR_DJL = noClasses().that(CORE).should().dependOnClassesThat(
            resideInAnyPackage("org.eclipse..", "org.osgi..", "ai.djl..", "jakarta.servlet..")
                    .as("SWT, JFace, Eclipse UI, OSGi, Jetty (all org.eclipse or org.osgi), DJL or the servlet API"))
            .because("the core is shared by the server, the CLI and the workbench (issue 11 §4)");

    /** Only the bundles above the core use it, never the other way. */
    static final ArchRule CORE_KNOWS_NOTHING_ABOVE_IT = noClasses().that(CORE).should().dependOnClassesThat(
            SERVER.or(UI).or(UI_EVAL).or(RCP)).because("the core is the bottom layer");

    /** The workbench reaches the server only over HTTP (the core's client), never by its classes. */
    static final ArchRule WORKBENCH_DOES_NOT_LINK_THE_SERVER = noClasses().that(UI.or(UI_EVAL).or(RCP))
            .should().dependOnClassesThat(SERVER)
            .because("the workbench talks to the evaluation server through HTTP and the core's contract");

    /** The server is headless: no workbench classes, SWT, JFace or Eclipse UI. */
    static final ArchRule SERVER_IS_HEADLESS = noClasses().that(SERVER).should().dependOnClassesThat(
            UI.or(UI_EVAL).or(RCP).or(resideInAnyPackage("org.eclipse.swt..", "org.eclipse.jface..",
                    "org.eclipse.ui..", "org.eclipse.e4..")))
            .because("the server runs without a display");

    /**
     * The server's HTTP side and its job queue know nothing of evaluation: of the server they use only
     * each other, {@code auth}, {@code datasets} and {@code labelsets} (the upload stores); the job configuration and report come from the
     * core's contract, and the queue runs jobs through its executor interface (issue 11 §1, §4).
     */
    static final ArchRule HTTP_AND_JOBS_DO_NOT_KNOW_EVALUATION = noClasses()
            .that().resideInAnyPackage("org.hillmix.server.http..", "org.hillmix.server.jobs..")
            .should().dependOnClassesThat(resideInAPackage("org.hillmix.server..")
                    .and(not(resideInAnyPackage("org.hillmix.server.http..", "org.hillmix.server.jobs..",
                            "org.hillmix.server.auth..", "org.hillmix.server.datasets..",
                            "org.hillmix.server.labelsets..")))
                    .as("server classes other than http, jobs, auth, datasets and labelsets"))
            .because("the queue and the API carry jobs; what a job computes is the evaluation's business");

    /**
     * An {@code internal} package is its bundle's own: x-internal in the manifests, and here for the
     * compiler. One exception, stated exactly: the server, which is no OSGi consumer (its manifest
     * imports nothing; it runs as a plain jar with the core on its class path), uses the core's CSV
     * and file helpers ({@code internal.csv}, {@code internal.fs}) and nothing else of its internals.
     */
    static final ArchRule NO_BUNDLE_USES_ANOTHERS_INTERNALS = CompositeArchRule
            .of(internalsStayIn(CORE, SERVER))
            .and(noClasses().that(SERVER).should().dependOnClassesThat(internalOf(CORE)
                    .and(not(resideInAnyPackage("org.hillmix.core.internal.csv..", "org.hillmix.core.internal.fs..")))
                    .as("the core's internal packages other than csv and fs")).allowEmptyShould(true))
            .and(internalsStayIn(SERVER, NOBODY)).and(internalsStayIn(UI, NOBODY))
            .and(internalsStayIn(UI_EVAL, NOBODY)).and(internalsStayIn(RCP, NOBODY));

    /**
     * The server's evaluation in layers, top to bottom: {@code eval.run} (runs a job) uses
     * {@code eval.measure} (measures runs), which uses {@code eval.data} (a job's data and labels), which
     * uses {@code eval.simulation} (simulated annotators, the fitted perception map); {@code eval.report}
     * (the report's files and citations) is used by run and data and uses none of them. A layer is
     * used only by the layers above it, so there is no cycle among them ({@link #NO_PACKAGE_CYCLES}
     * also holds for the whole product); the classes outside the evaluation ({@code app}, {@code cli})
     * are not counted here.
     */
    static final ArchRule EVALUATION_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("run").definedBy("org.hillmix.server.eval.run..")
            .layer("measure").definedBy("org.hillmix.server.eval.measure..")
            .layer("data").definedBy("org.hillmix.server.eval.data..")
            .layer("simulation").definedBy("org.hillmix.server.eval.simulation..")
            .layer("report").definedBy("org.hillmix.server.eval.report..")
            .whereLayer("run").mayNotBeAccessedByAnyLayer()
            .whereLayer("measure").mayOnlyBeAccessedByLayers("run")
            .whereLayer("data").mayOnlyBeAccessedByLayers("run", "measure")
            .whereLayer("simulation").mayOnlyBeAccessedByLayers("run", "data")
            .whereLayer("report").mayOnlyBeAccessedByLayers("run", "data")
            .because("the evaluation splits by responsibility (issue 11 §1): reports and measurement know nothing "
                    + "of how a job runs, the data nothing of its measurement");

    /** No two packages depend on each other, directly or round a longer loop. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.hillmix.(**)").should().beFreeOfCycles()
            .because("a cycle makes two packages one: neither can be understood, tested or moved alone");

    /** Classes outside {@code bundle} (and outside {@code excepted}) do not use its {@code internal} packages. */
    private static ArchRule internalsStayIn(DescribedPredicate<JavaClass> bundle,
            DescribedPredicate<JavaClass> excepted) {
        return noClasses().that(not(bundle).and(not(excepted))).should().dependOnClassesThat(internalOf(bundle))
                .allowEmptyShould(true) // a class set with no other bundle's classes has nothing to break it
                .because("x-internal packages stay internal (issue 11 §4); export what another bundle needs");
    }

    private static DescribedPredicate<JavaClass> internalOf(DescribedPredicate<JavaClass> bundle) {
        return bundle.and(resideInAPackage("..internal..")).as(bundle.getDescription() + "'s internal packages");
    }
}
