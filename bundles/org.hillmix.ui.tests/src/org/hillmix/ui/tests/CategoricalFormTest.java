package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.CategoricalSoftLabelView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The categorical form beyond the scripted three items: the soft-label preview follows the task's
 * (the project's) scheme, contradictory answers are refused with the reason, and undo brings the
 * withdrawn answer back into the form. Real key events in a real workbench.
 */
class CategoricalFormTest {

    private static final int BIRD = 2;
    private static final int CAT = 3;

    @TempDir
    Path temp;

    private ViewSessionFixture fx;
    private Label progress;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
        fx.showView(CategoricalSoftLabelView.ID);
        progress = fx.widget(WidgetIds.PROGRESS);
    }

    @AfterEach
    void tearDown() throws IOException {
        fx.close();
    }

    private void start(SoftLabelScheme scheme, int items) throws IOException {
        fx.start(new AnnotationTask("form", "form-1", Protocol.CATEGORICAL, ClassSet.CIFAR10,
                ViewSessionFixture.images(temp, items, 32), scheme), temp.resolve("form.jsonl"));
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_progress, 1, items).equals(progress.getText()),
                progress::getText);
        Canvas stimulus = fx.widget(WidgetIds.STIMULUS);
        fx.ui.waitUntil(stimulus::isFocusControl, () -> "focus: " + fx.display.getFocusControl());
    }

    @Test
    void thePreviewUsesTheSchemeOfTheTaskNotAWorkspacePreference() throws Exception {
        SoftLabelScheme projectScheme = SoftLabelScheme.parse("top1-uniform", SoftLabelScheme.DEFAULT_GAMMA);
        start(projectScheme, 1);
        fx.ui.key('4', '4'); // cat
        fx.ui.type("70");
        fx.ui.key(SWT.ESC, (char) 27);
        fx.ui.key('e', 'e'); // bird second
        fx.ui.type("20");
        fx.ui.key(SWT.ESC, (char) 27);
        CategoricalAnswer answer = new CategoricalAnswer(CAT, 70, BIRD, 20, List.of());
        double[] expected = new CategoricalSoftLabeler(ClassSet.CIFAR10, projectScheme).label(answer);
        double[] published = new CategoricalSoftLabeler(ClassSet.CIFAR10, SoftLabelScheme.CIFAR10S_PUBLISHED)
                .label(answer);
        assertFalse(Arrays.equals(expected, published), "the test needs a scheme whose label differs");
        Canvas preview = fx.widget(WidgetIds.PREVIEW);
        fx.ui.waitUntil(() -> preview.getData(WidgetIds.PREVIEW_VALUES) != null, () -> "no preview");
        double[] shown = (double[]) preview.getData(WidgetIds.PREVIEW_VALUES);
        assertNotNull(shown);
        assertArrayEquals(expected, shown, 1e-12);
        Label title = UiTestSupport.find(fx.shell, WidgetIds.PREVIEW_TITLE);
        assertEquals(NLS.bind(Messages.Categorical_previewTitle, projectScheme.id()), title.getText());
    }
}
