package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewReference;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.CategoricalSoftLabelView;
import org.hillmix.ui.internal.views.ConstructMidpointView;
import org.hillmix.ui.internal.views.FreeDistributionView;
import org.hillmix.ui.internal.views.MixingFactorView;
import org.hillmix.ui.internal.views.SelectShuffledView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Study validity: nothing an annotator sees may give the answer away. Each elicitation view is shown
 * an item named as the H-Mix stimuli are ({@code mixed_0.37_Cat_9967_Truck_2467.png}, series
 * {@code Cat_9967_Truck_2467}), once readable and once unreadable (the error path), and every text
 * the window shows is collected: labels, buttons, groups, text fields, tooltips, accessible names,
 * tab and part titles and tooltips, the window title. None may contain the file name, the source
 * image ids, the lambda, or a class the protocol does not name to the annotator (the two classes of
 * the pair are named only by the mixing-factor and construct-midpoint protocols; categorical and
 * free distribution list every class of the task alike, which tells nothing).
 */
class NoAnswerOnScreenTest {

    private static final String PAIR = "Cat_9967_Truck_2467";
    private static final String FILE = "mixed_0.37_" + PAIR + ".png";
    /** What an item's file name, id and attributes would give away, in the forms it could appear in. */
    private static final List<String> ALWAYS_FORBIDDEN = List.of(FILE, "mixed_0.37", PAIR, "9967", "2467", "0.37",
            "0,37", "37%", "63%", "0.63");
    private static final List<String> PAIR_CLASSES = List.of("cat", "truck");

    @TempDir
    Path temp;

    private ViewSessionFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
    }

    @AfterEach
    void tearDown() throws IOException {
        fx.close();
    }

    @Test
    void categorical() throws Exception {
        check(CategoricalSoftLabelView.ID, Protocol.CATEGORICAL, false, List.of());
    }

    @Test
    void mixingFactorNamesOnlyThePairItAsksAbout() throws Exception {
        check(MixingFactorView.ID, Protocol.MIXING_FACTOR, false, List.of());
    }

    @Test
    void constructMidpointNamesOnlyThePairItAsksAbout() throws Exception {
        check(ConstructMidpointView.ID, Protocol.CONSTRUCT_MIDPOINT, true, lambdas());
    }

    @Test
    void selectShuffledNamesNoClassAtAll() throws Exception {
        List<String> forbidden = new ArrayList<>(lambdas());
        forbidden.addAll(PAIR_CLASSES);
        check(SelectShuffledView.ID, Protocol.SELECT_SHUFFLED, true, forbidden);
    }

    @Test
    void freeDistribution() throws Exception {
        check(FreeDistributionView.ID, Protocol.FREE_DISTRIBUTION, false, List.of());
    }

    /** The eleven lambdas of a series as a view could print them: a frame's lambda is the answer key. */
    private static List<String> lambdas() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= MidpointSeries.STEPS; i++) {
            out.add(String.format(Locale.ROOT, "%.1f", MidpointSeries.lambda(i)));
        }
        return out;
    }

    private void check(String viewId, Protocol protocol, boolean series, List<String> alsoForbidden)
            throws Exception {
        fx.showView(viewId);
        for (boolean readable : new boolean[] {true, false}) {
            Path dir = Files.createDirectories(temp.resolve(viewId + "-" + readable));
            AnnotationItem item = series ? seriesItem(dir, readable) : singleItem(dir, readable);
            AnnotationSession session = fx.start(new AnnotationTask("study-7", "ann-1", protocol, ClassSet.CIFAR10,
                    List.of(item)), dir.resolve("journal.jsonl"));
            if (readable) {
                fx.ui.waitUntil(session::isShown, () -> viewId + ": item never shown");
            } else {
                // Wait for the view's report, so that the texts below are those of the error state.
                String report = NLS.bind(Messages.Categorical_imageMissing, 1);
                fx.ui.waitUntil(() -> visibleTexts().containsValue(report), () -> viewId + ": no image problem shown");
                assertFalse(session.isShown(), viewId + ": an unreadable image cannot have been shown");
            }
            Map<String, String> texts = visibleTexts();
            String label = NLS.bind(Messages.Categorical_itemCaption, "study-7", 1);
            assertTrue(texts.containsValue(label), "the collection must see the view's own texts (item label '"
                    + label + "'), got " + texts);
            List<String> forbidden = new ArrayList<>(ALWAYS_FORBIDDEN);
            forbidden.addAll(alsoForbidden);
            for (Map.Entry<String, String> e : texts.entrySet()) {
                String text = e.getValue().toLowerCase(Locale.ROOT);
                for (String f : forbidden) {
                    if (containsToken(text, f.toLowerCase(Locale.ROOT))) {
                        fail(viewId + (readable ? "" : " (unreadable image)") + ": " + e.getKey() + " shows '" + f
                                + "': " + e.getValue());
                    }
                }
            }
            fx.service.close();
            fx.ui.processEvents();
        }
    }

    /** Whether {@code needle} occurs in {@code text} not inside a longer word or number. */
    private static boolean containsToken(String text, String needle) {
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + needle.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(needle.charAt(needle.length() - 1));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static AnnotationItem singleItem(Path dir, boolean readable) throws IOException {
        Path file = dir.resolve(FILE);
        if (readable) {
            Files.copy(ViewSessionFixture.images(Files.createDirectories(dir.resolve("src")), 1, 32).get(0).image(),
                    file);
        } else {
            Files.writeString(file, "not an image");
        }
        return new AnnotationItem(FILE, file, attributes());
    }

    private static AnnotationItem seriesItem(Path dir, boolean readable) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(PAIR));
        Path source = ViewSessionFixture.images(Files.createDirectories(dir.resolve("src")), 1, 32).get(0).image();
        List<Path> frames = new ArrayList<>();
        for (int i = 0; i <= MidpointSeries.STEPS; i++) {
            Path f = folder.resolve(PAIR + "_" + MidpointSeries.lambda(i) + ".png");
            if (readable) {
                Files.copy(source, f);
            } else {
                Files.writeString(f, "not an image");
            }
            frames.add(f);
        }
        Map<String, String> a = attributes();
        a.remove("mixtureCoeff");
        return AnnotationItem.series(PAIR, frames, a);
    }

    /** The attributes a generated stimulus carries into its judgments (StimulusItem). */
    private static Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("class1", "cat");
        a.put("class2", "truck");
        a.put("label1", "cat");
        a.put("label2", "truck");
        a.put("id1", "9967");
        a.put("id2", "2467");
        a.put("mixtureCoeff", "0.37");
        return a;
    }

    /** Every text the workbench window shows, keyed by where it was found. */
    private Map<String, String> visibleTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        Shell shell = fx.shell;
        put(out, "window title", shell.getText());
        for (IViewReference ref : fx.page.getViewReferences()) {
            put(out, "part name of " + ref.getId(), ref.getPartName());
            put(out, "part title of " + ref.getId(), ref.getTitle());
            put(out, "part tooltip of " + ref.getId(), ref.getTitleToolTip());
            put(out, "content description of " + ref.getId(), ref.getContentDescription());
        }
        try {
            collect(shell, out);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read the accessible names: " + e, e);
        }
        return out;
    }

    private void collect(Control c, Map<String, String> out) throws ReflectiveOperationException {
        if (c.isDisposed() || !c.isVisible()) {
            return;
        }
        String where = c.getClass().getSimpleName() + "@" + System.identityHashCode(c);
        if (c instanceof Label l) {
            put(out, where, l.getText());
        } else if (c instanceof Button b) {
            put(out, where, b.getText());
        } else if (c instanceof Text t) {
            put(out, where, t.getText());
            put(out, where + " message", t.getMessage());
        } else if (c instanceof Group g) {
            put(out, where, g.getText());
        }
        if (c instanceof CTabFolder tabs) {
            for (CTabItem item : tabs.getItems()) {
                put(out, where + " tab", item.getText());
                put(out, where + " tab tooltip", item.getToolTipText());
            }
        }
        put(out, where + " tooltip", c.getToolTipText());
        for (String name : accessibleTexts(c.getAccessible())) {
            put(out, where + " accessible", name);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, out);
            }
        }
    }

    /**
     * The names, descriptions and help texts the control's accessible listeners give screen readers.
     * SWT has no getter for them, so the listeners are read from the {@link Accessible} (a field of
     * SWT's GTK implementation); should SWT rename it, this fails instead of silently checking less.
     */
    @SuppressWarnings("unchecked")
    private static List<String> accessibleTexts(Accessible accessible) throws ReflectiveOperationException {
        Field f = Accessible.class.getDeclaredField("accessibleListeners");
        f.setAccessible(true);
        List<AccessibleListener> listeners = (List<AccessibleListener>) f.get(accessible);
        List<String> out = new ArrayList<>();
        if (listeners == null) {
            return out;
        }
        for (AccessibleListener l : listeners) {
            AccessibleEvent name = event(accessible);
            l.getName(name);
            AccessibleEvent description = event(accessible);
            l.getDescription(description);
            AccessibleEvent help = event(accessible);
            l.getHelp(help);
            for (AccessibleEvent e : List.of(name, description, help)) {
                if (e.result != null) {
                    out.add(e.result);
                }
            }
        }
        return out;
    }

    private static AccessibleEvent event(Accessible source) {
        AccessibleEvent e = new AccessibleEvent(source);
        e.childID = ACC.CHILDID_SELF;
        return e;
    }

    private static void put(Map<String, String> out, String where, String text) {
        if (text != null && !text.isEmpty()) {
            String key = where;
            for (int i = 2; out.containsKey(key); i++) {
                key = where + " #" + i;
            }
            out.put(key, text);
        }
    }
}
