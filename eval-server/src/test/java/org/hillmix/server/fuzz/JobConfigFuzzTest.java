package org.hillmix.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.JobConfig;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the job-configuration parser, {@link ContractJson#readJob(String)}, which every job
 * submitted over HTTP or given to {@code hillmix evaluate} goes through (docs/testing.md, "Fuzzing"). Seeds and
 * findings: {@code src/test/resources/org/hillmix/server/fuzz/JobConfigFuzzTestInputs/jobConfig/}.
 *
 * <p>The property: a configuration is either accepted, and then it is valid and reads back equal from the JSON
 * the codec writes for it, or refused with an {@link IllegalArgumentException} whose message is one line starting
 * {@code invalid job config: } and is not a leaked internal error (no exception class in it). Anything else (a
 * NullPointerException, a StackOverflowError, an OutOfMemoryError, a hang) is a finding.
 */
class JobConfigFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void jobConfig(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        JobConfig job;
        try {
            job = ContractJson.readJob(json);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            assertTrue(m != null && m.startsWith("invalid job config: "), () -> "unexpected refusal: " + m);
            assertFalse(m.contains("\n"), () -> "refusal of more than one line: " + m);
            assertFalse(m.contains("Exception"), () -> "refusal leaks an internal error: " + m);
            return;
        }
        assertTrue(job.validate().isEmpty(), () -> "accepted although invalid: " + job.validate().messages());
        assertEquals(job, ContractJson.readJob(ContractJson.write(job)), "accepted job does not read back equal");
    }
}
