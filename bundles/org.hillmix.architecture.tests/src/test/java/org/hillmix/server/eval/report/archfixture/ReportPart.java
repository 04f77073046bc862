package org.hillmix.server.eval.report.archfixture;

/** A report class (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class ReportPart {
}
