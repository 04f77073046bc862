package org.hillmix.server.eval.measure.archfixture;

import org.hillmix.server.eval.data.archfixture.DataPart;

/** Measurement, reading the data (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class MeasurePart {
    DataPart data;
}
