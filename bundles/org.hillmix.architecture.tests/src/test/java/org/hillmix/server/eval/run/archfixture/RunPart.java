package org.hillmix.server.eval.run.archfixture;

import org.hillmix.server.eval.data.archfixture.DataPart;
import org.hillmix.server.eval.measure.archfixture.MeasurePart;
import org.hillmix.server.eval.report.archfixture.ReportPart;
import org.hillmix.server.eval.simulation.archfixture.SimulationPart;

/** The runner, using every layer below it (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class RunPart {
    MeasurePart measure;
    DataPart data;
    SimulationPart simulation;
    ReportPart report;
}
