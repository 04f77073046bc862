package org.hillmix.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.MixingFactorView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (run with {@code -Pui-bench}, see docs/workbench-benchmark.md): the time
 * from an answer (the Enter key posted to the window system) to the next stimulus painted on
 * screen, in the mixing-factor view with the real fsync'd JSONL journal, at 32x32 and 512x512
 * stimuli. Prints p50/p95/p99/max over 200 answers each (after 20 warm-up answers) and writes them
 * to {@code target/ui-bench.txt}. Asserts nothing about speed.
 */
class AnswerToPaintBench {

    private static final int WARMUP = 20;
    private static final int ANSWERS = 200;

    @TempDir
    Path temp;

    @Test
    void answerToNextStimulusPainted() throws Exception {
        InstanceScope.INSTANCE.getNode(PreferenceConstants.NODE).putBoolean(PreferenceConstants.MIXING_MUST_MOVE,
                false);
        List<String> lines = new ArrayList<>();
        try (ViewSessionFixture fx = new ViewSessionFixture()) {
            fx.showView(MixingFactorView.ID);
            for (int size : new int[] {32, 512}) {
                lines.add(measure(fx, size));
            }
        } finally {
            InstanceScope.INSTANCE.getNode(PreferenceConstants.NODE).remove(PreferenceConstants.MIXING_MUST_MOVE);
        }
        String text = String.join("\n", lines) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("target", "ui-bench.txt"), text, StandardCharsets.UTF_8);
    }

    private String measure(ViewSessionFixture fx, int size) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("s" + size));
        List<AnnotationItem> images = ViewSessionFixture.images(dir, 20, size);
        List<AnnotationItem> items = new ArrayList<>();
        for (int i = 0; i < WARMUP + ANSWERS + 1; i++) {
            AnnotationItem img = images.get(i % images.size());
            items.add(new AnnotationItem("b" + size + "-" + i, img.image(), img.attributes()));
        }
        fx.start(new AnnotationTask("bench-" + size, "bench", Protocol.MIXING_FACTOR, ClassSet.CIFAR10, items),
                temp.resolve("bench-" + size + ".jsonl"));
        Canvas canvas = fx.widget(WidgetIds.MIXING_STIMULUS);
        Label progress = fx.widget(WidgetIds.MIXING_PROGRESS);
        long[] painted = new long[1];
        Object[] paintedFile = new Object[1];
        canvas.addListener(SWT.Paint, e -> {
            painted[0] = System.nanoTime();
            paintedFile[0] = canvas.getData(WidgetIds.SHOWN_FILE);
        });
        fx.ui.waitUntil(canvas::isVisible, () -> "canvas hidden");
        long[] ms = new long[ANSWERS];
        long[] fromPost = new long[ANSWERS];
        long[] keyArrived = new long[1];
        org.eclipse.swt.widgets.Listener keyClock = e -> {
            if (e.keyCode == SWT.CR && keyArrived[0] == 0) {
                keyArrived[0] = System.nanoTime();
            }
        };
        fx.display.addFilter(SWT.KeyDown, keyClock);
        for (int i = 0; i < WARMUP + ANSWERS; i++) {
            String expected = org.eclipse.osgi.util.NLS.bind(Messages.Mixing_progress, i + 2, items.size());
            AnnotationItem next = items.get(i + 1);
            painted[0] = 0;
            keyArrived[0] = 0;
            long t0 = System.nanoTime();
            org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
            down.type = SWT.KeyDown;
            down.keyCode = SWT.CR;
            down.character = '\r';
            fx.display.post(down);
            org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
            up.type = SWT.KeyUp;
            up.keyCode = SWT.CR;
            up.character = '\r';
            fx.display.post(up);
            // until the next item's image has been painted
            while (!(expected.equals(progress.getText()) && painted[0] != 0 && next.image().equals(paintedFile[0]))) {
                if (!fx.display.readAndDispatch()) {
                    Thread.onSpinWait();
                }
                if (System.nanoTime() - t0 > 20_000_000_000L) {
                    throw new IllegalStateException("no paint of item " + (i + 1) + ": " + progress.getText());
                }
            }
            if (i >= WARMUP) {
                ms[i - WARMUP] = painted[0] - keyArrived[0];
                fromPost[i - WARMUP] = painted[0] - t0;
            }
        }
        fx.display.removeFilter(SWT.KeyDown, keyClock);
        fx.service.close();
        return line("answer (Enter received) -> next stimulus painted", size, ms) + "\n"
                + line("  same, counted from posting the key to the X server", size, fromPost);
    }

    private static String line(String what, int size, long[] nanos) {
        long[] ms = nanos.clone();
        Arrays.sort(ms);
        int n = ms.length;
        return String.format(Locale.ROOT, "%s, %dx%d (fsync'd journal): n=%d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms", what, size, size, n, ms[n / 2] / 1e6, ms[(int) Math.ceil(0.95 * n) - 1] / 1e6,
                ms[(int) Math.ceil(0.99 * n) - 1] / 1e6, ms[n - 1] / 1e6);
    }
}
