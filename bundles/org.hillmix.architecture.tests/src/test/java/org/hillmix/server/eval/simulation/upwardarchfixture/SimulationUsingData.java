package org.hillmix.server.eval.simulation.upwardarchfixture;

import org.hillmix.server.eval.data.archfixture.DataPart;

/** Deliberate violation: a simulation class using a job's data. */
class SimulationUsingData {
    DataPart data;
}
