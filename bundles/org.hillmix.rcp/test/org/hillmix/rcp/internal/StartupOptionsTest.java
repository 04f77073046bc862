package org.hillmix.rcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    private static final Map<String, String> NO_PROPERTIES = Map.of();

    @Test
    void interactiveStartHasNoSmokeTest() {
        StartupOptions options = StartupOptions.parse(new String[] {"-data", "/tmp/ws"}, NO_PROPERTIES::get);
        assertTrue(options.smokeReport().isEmpty());
        assertTrue(options.smokeScreenshot().isEmpty());
    }

    @Test
    void nullArgumentsAreAnInteractiveStart() {
        assertEquals(new StartupOptions(Optional.empty(), Optional.empty()),
                StartupOptions.parse(null, NO_PROPERTIES::get));
    }

    @Test
    void argumentsNameReportAndScreenshotAmongOtherArguments() {
        StartupOptions options = StartupOptions.parse(new String[] {"-consoleLog", "--smoke-test", "out/r.txt",
            "--smoke-screenshot", "out/w.png", "-foo"}, NO_PROPERTIES::get);
        assertEquals(Optional.of(Path.of("out/r.txt")), options.smokeReport());
        assertEquals(Optional.of(Path.of("out/w.png")), options.smokeScreenshot());
    }

    @Test
    void systemPropertiesWorkAndArgumentsWin() {
        Map<String, String> properties = Map.of(StartupOptions.PROPERTY_SMOKE_TEST, "prop.txt",
                StartupOptions.PROPERTY_SMOKE_SCREENSHOT, "prop.png");
        StartupOptions fromProperties = StartupOptions.parse(new String[0], properties::get);
        assertEquals(Optional.of(Path.of("prop.txt")), fromProperties.smokeReport());
        assertEquals(Optional.of(Path.of("prop.png")), fromProperties.smokeScreenshot());

        StartupOptions both = StartupOptions.parse(new String[] {"--smoke-test", "arg.txt"}, properties::get);
        assertEquals(Optional.of(Path.of("arg.txt")), both.smokeReport());
        assertEquals(Optional.of(Path.of("prop.png")), both.smokeScreenshot());
    }

    @Test
    void optionWithoutValueIsRejectedWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartupOptions.parse(new String[] {"--smoke-test"}, NO_PROPERTIES::get));
        assertTrue(e.getMessage().contains("--smoke-test needs a file name"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StartupOptions.parse(new String[] {"--smoke-screenshot", " "}, NO_PROPERTIES::get));
    }
}
