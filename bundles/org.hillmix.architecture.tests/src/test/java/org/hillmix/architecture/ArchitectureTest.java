package org.hillmix.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules ({@link Layers}) over the built product classes: the core, the evaluation
 * server and the workbench bundles ui, ui.eval and rcp (test classes and test bundles excepted).
 */
@AnalyzeClasses(packages = "org.hillmix", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoUiJettyOrDjl = Layers.CORE_IMPORTS_NO_UI_JETTY_OR_DJL;

    @ArchTest
    static final ArchRule coreKnowsNothingAboveIt = Layers.CORE_KNOWS_NOTHING_ABOVE_IT;

    @ArchTest
    static final ArchRule workbenchDoesNotLinkTheServer = Layers.WORKBENCH_DOES_NOT_LINK_THE_SERVER;

    @ArchTest
    static final ArchRule serverIsHeadless = Layers.SERVER_IS_HEADLESS;

    @ArchTest
    static final ArchRule noBundleUsesAnothersInternals = Layers.NO_BUNDLE_USES_ANOTHERS_INTERNALS;

    @ArchTest
    static final ArchRule noPackageCycles = Layers.NO_PACKAGE_CYCLES;

    /** The queue and the HTTP API know nothing of evaluation (the executor lives in server.app). */
    @ArchTest
    static final ArchRule httpAndJobsDoNotKnowEvaluation = Layers.HTTP_AND_JOBS_DO_NOT_KNOW_EVALUATION;

    /** The server's evaluation packages in layers: run, measure, data, simulation; report beside. */
    @ArchTest
    static final ArchRule evaluationLayers = Layers.EVALUATION_LAYERS;

    /**
     * The rules pass vacuously on a class path that lacks a module, so check that every module's
     * classes were read: one well-known class of each.
     */
    @ArchTest
    static void everyModuleWasRead(JavaClasses classes) {
        for (String name : new String[] {"org.hillmix.core.metrics.Softmax", "org.hillmix.server.cli.HillmixMain",
                "org.hillmix.ui.services.Services", "org.hillmix.ui.eval.internal.views.EvaluateJob",
                "org.hillmix.rcp.internal.HillmixApplication"}) {
            assertTrue(classes.contain(name), name + " was not read: is its module a dependency of this one?");
        }
    }
}
