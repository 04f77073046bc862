package org.hillmix.server.eval.data.archfixture;

import org.hillmix.server.eval.report.archfixture.ReportPart;
import org.hillmix.server.eval.simulation.archfixture.SimulationPart;

/** The data, using simulation and a citation (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class DataPart {
    SimulationPart simulation;
    ReportPart citation;
}
