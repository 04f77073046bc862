package org.hillmix.server.eval.simulation.archfixture;

/** A simulation class (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class SimulationPart {
}
