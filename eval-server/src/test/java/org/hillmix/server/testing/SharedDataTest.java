package org.hillmix.server.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What a test that needs missing shared data does: fail under CI=true, skip elsewhere. */
class SharedDataTest {

    @Test
    void missingDataFailsUnderCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> SharedData.missing("shared data file /nowhere/x.csv", Map.of("CI", "true")::get));
        assertTrue(e.getMessage().contains("/nowhere/x.csv") && e.getMessage().contains("CI=true"), e.getMessage());
    }

    @Test
    void missingDataSkipsOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> SharedData.missing("shared data file /nowhere/x.csv", Map.<String, String>of()::get));
        assertTrue(e.getMessage().contains("/nowhere/x.csv"), e.getMessage());
    }
}
