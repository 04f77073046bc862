package org.hillmix.server.eval.report.upwardarchfixture;

import org.hillmix.server.eval.run.archfixture.RunPart;

/** Deliberate violation: a report class using the runner. */
class ReportUsingRun {
    RunPart runner;
}
