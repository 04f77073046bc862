package org.hillmix.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link Layers} reports a deliberate violation: the fixtures in this module's test
 * sources ({@code org.hillmix.*.archfixture}, with stand-ins for Jetty and SWT) break one rule each.
 * A rule that cannot fail would pass these too.
 */
class RulesCanFailTest {

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes, String offender) {
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), rule.getDescription() + " found no violation");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(offender), "the report does not name " + offender + ":\n" + report);
    }

    @Test
    void coreUsingJettyIsReported() {
        assertViolated(Layers.CORE_IMPORTS_NO_UI_JETTY_OR_DJL,
                fixtures("org.hillmix.core.archfixture", "org.eclipse.jetty.archfixture"),
                "org.hillmix.core.archfixture.CoreUsingJetty");
    }

    @Test
    void coreUsingTheWorkbenchIsReported() {
        assertViolated(Layers.CORE_KNOWS_NOTHING_ABOVE_IT,
                fixtures("org.hillmix.core.archfixture", "org.hillmix.ui.archfixture"),
                "org.hillmix.core.archfixture.CoreUsingUi");
    }

    @Test
    void workbenchLinkingTheServerIsReported() {
        assertViolated(Layers.WORKBENCH_DOES_NOT_LINK_THE_SERVER,
                fixtures("org.hillmix.ui.archfixture", "org.hillmix.server.archfixture"),
                "org.hillmix.ui.archfixture.UsesServer");
    }

    @Test
    void serverUsingSwtIsReported() {
        assertViolated(Layers.SERVER_IS_HEADLESS,
                fixtures("org.hillmix.server.archfixture", "org.eclipse.swt.archfixture"),
                "org.hillmix.server.archfixture.ServerUsingSwt");
    }

    @Test
    void anotherBundlesInternalsAreReportedButOnesOwnAreNot() {
        assertViolated(Layers.NO_BUNDLE_USES_ANOTHERS_INTERNALS,
                fixtures("org.hillmix.ui.eval.archfixture", "org.hillmix.ui.internal.archfixture"),
                "org.hillmix.ui.eval.archfixture.UsesUiInternal");
        // ui using ui's own internal package is fine, and ui.eval is not counted as ui
        JavaClasses own = new ClassFileImporter().importPackages("org.hillmix.ui.archfixture",
                "org.hillmix.ui.internal.archfixture");
        assertFalse(Layers.NO_BUNDLE_USES_ANOTHERS_INTERNALS.evaluate(own).hasViolation(),
                () -> Layers.NO_BUNDLE_USES_ANOTHERS_INTERNALS.evaluate(own).getFailureReport().toString());
    }

    @Test
    void theServerMayUseOnlyTheCoresCsvAndFileHelpers() {
        assertViolated(Layers.NO_BUNDLE_USES_ANOTHERS_INTERNALS,
                fixtures("org.hillmix.server.archfixture", "org.hillmix.core.internal.archfixture"),
                "org.hillmix.server.archfixture.ServerUsingCoreInternal");
    }

    @Test
    void theQueueUsingEvaluationIsReported() {
        assertViolated(Layers.HTTP_AND_JOBS_DO_NOT_KNOW_EVALUATION,
                fixtures("org.hillmix.server.jobs.archfixture", "org.hillmix.server.eval.archfixture"),
                "org.hillmix.server.jobs.archfixture.QueueUsingEval");
    }

    @Test
    void theEvaluationLayersAllowDownwardUse() {
        JavaClasses downward = fixtures("org.hillmix.server.eval.run.archfixture",
                "org.hillmix.server.eval.measure.archfixture", "org.hillmix.server.eval.data.archfixture",
                "org.hillmix.server.eval.simulation.archfixture", "org.hillmix.server.eval.report.archfixture");
        assertFalse(Layers.EVALUATION_LAYERS.evaluate(downward).hasViolation(),
                () -> Layers.EVALUATION_LAYERS.evaluate(downward).getFailureReport().toString());
    }

    @Test
    void aReportUsingTheRunnerIsReported() {
        assertViolated(Layers.EVALUATION_LAYERS, fixtures("org.hillmix.server.eval.run.archfixture",
                "org.hillmix.server.eval.measure.archfixture", "org.hillmix.server.eval.data.archfixture",
                "org.hillmix.server.eval.simulation.archfixture", "org.hillmix.server.eval.report.archfixture",
                "org.hillmix.server.eval.report.upwardarchfixture"),
                "org.hillmix.server.eval.report.upwardarchfixture.ReportUsingRun");
    }

    @Test
    void simulationUsingTheDataIsReported() {
        assertViolated(Layers.EVALUATION_LAYERS, fixtures("org.hillmix.server.eval.run.archfixture",
                "org.hillmix.server.eval.measure.archfixture", "org.hillmix.server.eval.data.archfixture",
                "org.hillmix.server.eval.simulation.archfixture", "org.hillmix.server.eval.report.archfixture",
                "org.hillmix.server.eval.simulation.upwardarchfixture"),
                "org.hillmix.server.eval.simulation.upwardarchfixture.SimulationUsingData");
    }

    @Test
    void aPackageCycleIsReported() {
        assertViolated(Layers.NO_PACKAGE_CYCLES,
                fixtures("org.hillmix.core.archfixture.cyclea", "org.hillmix.core.archfixture.cycleb"),
                "org.hillmix.core.archfixture.cyclea.A");
    }
}
