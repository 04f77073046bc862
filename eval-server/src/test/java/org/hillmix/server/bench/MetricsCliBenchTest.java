package org.hillmix.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.hillmix.server.cli.HillmixMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics-cli benchmark's inputs are valid metrics input, and its output check can fail. */
class MetricsCliBenchTest {

    @Test
    void writtenInputsAreAcceptedByTheMetricsCommand(@TempDir Path dir) throws Exception {
        MetricsCliBench.writeInputs(dir, 500, 3L);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HillmixMain.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(
                "metrics", "--probs", dir.resolve("probs.npy").toString(), "--labels",
                dir.resolve("labels.npy").toString(), "--targets", dir.resolve("targets.npy").toString());
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("\"n\" : 500") && out.toString().contains("\"kl_to_targets\""),
                out.toString());
        // a third to two thirds right: the label's logit is raised, not decisive
        double accuracy = Double.parseDouble(out.toString().replaceAll("(?s)^.*?\"accuracy\" : ([0-9.]+).*$", "$1"));
        assertTrue(accuracy > 0.3 && accuracy < 0.7, "accuracy " + accuracy);
    }

    @Test
    void theOutputCheckNamesTheFirstDisagreement() throws Exception {
        String ours = "{\"n\": 3, \"ece\": 0.125, \"entropy_correlation\": null, \"reliability\": []}";
        assertNull(MetricsCliBench.compare(ours, "{\"n\": 3, \"ece\": 0.12500000000001, \"entropy_correlation\": null}"));
        assertEquals("ece: hillmix 0.125, numpy 0.126", MetricsCliBench.compare(ours, "{\"ece\": 0.126}"));
        assertEquals("brier is missing from the hillmix output", MetricsCliBench.compare(ours, "{\"brier\": 0.5}"));
        assertEquals("entropy_correlation: hillmix null, numpy 0.5",
                MetricsCliBench.compare(ours, "{\"entropy_correlation\": 0.5}"));
    }
}
