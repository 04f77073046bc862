package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.hillmix.rcp.HillmixWorkbenchIds;
import org.hillmix.rcp.internal.HillmixActionBarAdvisor;
import org.junit.jupiter.api.Test;

/**
 * Every menu path a user is told to follow ("File > New > HILLmix Project", "Window > Preferences > HILLmix >
 * Evaluation Server") exists in the standalone product: in the guides (docs/workbench*.md), in the message files
 * and in the string literals of the workbench bundles. The menus are the real ones: the product's menu bar built
 * by its {@link HillmixActionBarAdvisor} in the Annotation perspective, rendered as SWT menus and opened; the
 * HILLmix menu, which {@code org.hillmix.ui} contributes to every workbench's menu bar, from the running window.
 * A path that goes on past an item opening a dialog is followed in that dialog's registry (new and import
 * wizards, preference pages, views). (README and docs/build.md describe installing into an Eclipse IDE, whose
 * menus differ, and are left out.)
 */
class MenuPathsTest {

    private static final String WORD = "[A-Z0-9][A-Za-z0-9'\\-]*";
    private static final String SEGMENT = WORD + "(?: " + WORD + ")*(?:\\.\\.\\.)?";
    /** A menu path: Title Case segments joined by " > " (prose after it starts lower case). */
    static final Pattern PATH = Pattern.compile("(?<![A-Za-z0-9])" + SEGMENT + "(?: > " + SEGMENT + ")+");
    /** First segments that make a path a menu path. */
    static final Set<String> TOP = Set.of("File", "Edit", "Window", "Help", "HILLmix", "Preferences", "Navigate",
            "Search", "Project", "Run");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void thePatternFindsPathsAndStopsAtProse() {
        Matcher m = PATH.matcher("Open it with **HILLmix > Open Project...** opens; see File > New > HILLmix Project.");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of("HILLmix > Open Project...", "File > New > HILLmix Project"), found);
    }

    @Test
    void everyMenuPathNamedToUsersExistsInTheProduct() throws Exception {
        Map<String, List<String>> paths = namedPaths();
        assertTrue(paths.size() >= 10, "too few menu paths found: " + paths.keySet());
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor before = page.getPerspective();
        IPerspectiveDescriptor annotation = workbench.getPerspectiveRegistry()
                .findPerspectiveWithId(HillmixWorkbenchIds.PERSPECTIVE_ANNOTATION);
        assertNotNull(annotation);
        boolean wasOpen = Arrays.asList(page.getOpenPerspectives()).contains(annotation);
        page.setPerspective(annotation);
        Shell shell = new Shell(window.getShell());
        MenuManager bar = new MenuManager();
        HillmixActionBarAdvisor advisor = new HillmixActionBarAdvisor(configurer(window, bar));
        try {
            advisor.fillActionBars(org.eclipse.ui.application.ActionBarAdvisor.FILL_MENU_BAR);
            Menu menuBar = bar.createMenuBar(shell);
            Map<String, Menu> top = new LinkedHashMap<>();
            for (MenuItem item : menuBar.getItems()) {
                top.put(label(item), item.getMenu());
            }
            // org.hillmix.ui contributes the HILLmix menu to the menu bar of every workbench window
            for (MenuItem item : window.getShell().getMenuBar().getItems()) {
                if (label(item).equals("HILLmix")) {
                    top.put("HILLmix", item.getMenu());
                }
            }
            assertTrue(top.keySet().containsAll(List.of("File", "HILLmix", "Window", "Help")), top.keySet()::toString);
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : paths.entrySet()) {
                String problem = check(e.getKey(), top);
                if (problem != null) {
                    missing.add(e.getKey() + " (" + problem + "; named in " + e.getValue() + ")");
                }
            }
            assertEquals(List.of(), missing, "menu paths named to users that the product does not have");
            // Every label a plugin.xml menu contribution declares is what the menu shows (issue 9: the HILLmix
            // menu's first entry declared "New HILLmix Project..." while the workbench shows the wizard's name).
            Menu hillmix = top.get("HILLmix");
            open(hillmix);
            List<String> shown = labels(hillmix);
            for (String declared : declaredMenuLabels()) {
                assertTrue(shown.contains(declared) || top.containsKey(declared), "plugin.xml declares the menu label '"
                        + declared + "', but the HILLmix menu shows " + shown);
            }
            // A guide listing a menu's entries ("**HILLmix**: HILLmix Project..., Open Project..., ...") lists
            // exactly the entries the menu has, in its order (issue 9: the guide said "HILLmix Project...").
            Map<String, List<String>> lists = namedItemLists();
            assertTrue(lists.containsKey("HILLmix"), "no entry list of the HILLmix menu found: " + lists.keySet());
            for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                Menu menu = top.get(e.getKey());
                assertNotNull(menu, "no menu " + e.getKey());
                open(menu);
                assertEquals(labels(menu), e.getValue(), "the entries of the " + e.getKey() + " menu as the guides "
                        + "list them");
            }
        } finally {
            advisor.dispose();
            bar.dispose();
            shell.dispose();
            page.setPerspective(before);
            if (!wasOpen) {
                page.closePerspective(annotation, false, false);
            }
        }
    }

    /** Why {@code path} does not exist, or {@code null} when it does. */
    private static String check(String path, Map<String, Menu> top) {
        List<String> segments = List.of(path.split(" > "));
        Menu menu = top.get(segments.get(0));
        if (menu == null) {
            return "no menu " + segments.get(0);
        }
        for (int i = 1; i < segments.size(); i++) {
            open(menu);
            MenuItem item = find(menu, segments.get(i));
            if (item == null) {
                return "no item '" + segments.get(i) + "' in " + String.join(" > ", segments.subList(0, i))
                        + " (has " + labels(menu) + ")";
            }
            if (item.getMenu() != null) {
                menu = item.getMenu();
                continue;
            }
            List<String> rest = segments.subList(i + 1, segments.size());
            return rest.isEmpty() ? null : inDialog(normal(segments.get(i)), segments.get(i - 1), rest);
        }
        return null;
    }

    /** Follows {@code rest} in the dialog that item {@code item} (in menu {@code parent}) opens. */
    private static String inDialog(String item, String parent, List<String> rest) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        return switch (item) {
            case "Other" -> parent.startsWith("New") ? inWizards(workbench.getNewWizardRegistry().getRootCategory(),
                    rest) : inViews(rest);
            case "Import" -> inWizards(workbench.getImportWizardRegistry().getRootCategory(), rest);
            case "Preferences" -> inPreferences(workbench.getPreferenceManager().getRootSubNodes(), rest);
            default -> "'" + item + "' opens no menu, yet the path goes on: " + rest;
        };
    }

    private static String inWizards(IWizardCategory category, List<String> rest) {
        IWizardCategory c = category;
        for (int i = 0; i < rest.size(); i++) {
            String want = normal(rest.get(i));
            IWizardCategory sub = Stream.of(c.getCategories()).filter(x -> normal(x.getLabel()).equals(want))
                    .findFirst().orElse(null);
            if (sub != null) {
                c = sub;
                continue;
            }
            boolean last = i == rest.size() - 1;
            IWizardDescriptor[] wizards = c.getWizards();
            if (last && Stream.of(wizards).anyMatch(w -> normal(w.getLabel()).equals(want))) {
                return null;
            }
            return "no wizard or category '" + rest.get(i) + "' in the wizard dialog";
        }
        return null;
    }

    private static String inPreferences(IPreferenceNode[] nodes, List<String> rest) {
        IPreferenceNode[] level = nodes;
        for (String s : rest) {
            IPreferenceNode found = Stream.of(level).filter(n -> normal(n.getLabelText()).equals(normal(s)))
                    .findFirst().orElse(null);
            if (found == null) {
                return "no preference page '" + s + "'";
            }
            level = found.getSubNodes();
        }
        return null;
    }

    private static String inViews(List<String> rest) {
        IViewCategory[] categories = PlatformUI.getWorkbench().getViewRegistry().getCategories();
        IViewCategory category = Stream.of(categories).filter(c -> normal(c.getLabel()).equals(normal(rest.get(0))))
                .findFirst().orElse(null);
        if (category == null) {
            return "no view category '" + rest.get(0) + "'";
        }
        if (rest.size() == 1) {
            return null;
        }
        boolean view = rest.size() == 2 && Stream.of(category.getViews())
                .anyMatch(v -> normal(v.getLabel()).equals(normal(rest.get(1))));
        return view ? null : "no view '" + rest.get(1) + "' in category " + rest.get(0);
    }

    private static void open(Menu menu) {
        // JFace fills a menu when it is about to be shown; an SWT Show event is what the window system sends
        menu.notifyListeners(SWT.Show, new Event());
    }

    private static MenuItem find(Menu menu, String segment) {
        String want = normal(segment);
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0 && normal(label(item)).equals(want)) {
                return item;
            }
        }
        return null;
    }

    private static List<String> labels(Menu menu) {
        List<String> out = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                out.add(label(item));
            }
        }
        return out;
    }

    /** A menu item's text without mnemonic and accelerator; "About <product>" with the product's name. */
    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        String plain = (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").trim();
        if (plain.equals("About") || plain.startsWith("About ")) {
            // the About action names the running product, here the test harness's; the product's own name is
            // what the product shows
            return "About " + Platform.getResourceString(Platform.getBundle("org.hillmix.rcp"), "%product.name");
        }
        return plain;
    }

    /** For comparing: no trailing ellipsis, nothing from " (" on (a wizard's "(H-Mix, CIFAR-10S)"). */
    private static String normal(String label) {
        String s = label.replace("&", "").trim();
        int paren = s.indexOf(" (");
        if (paren > 0) {
            s = s.substring(0, paren);
        }
        return s.endsWith("...") ? s.substring(0, s.length() - 3).trim() : s;
    }

    private static final Pattern MENU_LABEL = Pattern.compile("<(?:menu|command)\\b[^>]*\\blabel=\"([^\"]+)\"");

    /**
     * The labels the workbench bundles' {@code org.eclipse.ui.menus} contributions declare on menus and commands,
     * resolved through their plugin.properties, without mnemonics.
     */
    private static List<String> declaredMenuLabels() throws IOException {
        Path repo = Path.of(System.getProperty("hillmix.repository", "../.."));
        List<String> out = new ArrayList<>();
        for (String bundle : List.of("org.hillmix.ui", "org.hillmix.ui.eval", "org.hillmix.rcp")) {
            Path xml = repo.resolve("bundles").resolve(bundle).resolve("plugin.xml");
            if (!Files.exists(xml)) {
                continue;
            }
            java.util.Properties props = new java.util.Properties();
            Path properties = xml.resolveSibling("plugin.properties");
            if (Files.exists(properties)) {
                try (var in = Files.newBufferedReader(properties)) {
                    props.load(in);
                }
            }
            for (String menus : Files.readString(xml).split("<extension")) {
                if (!menus.contains("point=\"org.eclipse.ui.menus\"")) {
                    continue;
                }
                Matcher m = MENU_LABEL.matcher(menus);
                while (m.find()) {
                    String label = m.group(1);
                    if (label.startsWith("%")) {
                        label = props.getProperty(label.substring(1), label);
                    }
                    out.add(label.replace("&", ""));
                }
            }
        }
        assertTrue(out.contains("HILLmix"), "no menu labels found in plugin.xml: " + out);
        return out;
    }

    /** A guide's list of a menu's entries: {@code **MENU**: Entry..., Entry..., Entry...} (a line may wrap). */
    static final Pattern ITEM_LIST = Pattern.compile("\\*\\*(" + WORD + ")\\*\\*: ((?:[^,()*]+?, )+[^,()*]+?)"
            + "(?= \\(|(?<!\\.\\.)\\.(?!\\.)(?:\\s|$)|$)");

    @Test
    void theItemListPatternReadsAWrappedList() {
        Matcher m = ITEM_LIST.matcher("* **HILLmix**: A..., Open Project..., Generate Mixup Stimuli... ([x](x)).");
        assertTrue(m.find());
        assertEquals("HILLmix", m.group(1));
        assertEquals("A..., Open Project..., Generate Mixup Stimuli...", m.group(2));
    }

    /** The entry lists of menus ({@link #TOP}) in the guides, by menu; the lines of a list item joined. */
    private static Map<String, List<String>> namedItemLists() throws IOException {
        Path repo = Path.of(System.getProperty("hillmix.repository", "../.."));
        Map<String, List<String>> found = new java.util.TreeMap<>();
        try (Stream<Path> docs = Files.list(repo.resolve("docs"))) {
            for (Path p : docs.filter(d -> d.getFileName().toString().matches("workbench.*\\.md")).toList()) {
                String text = Files.readString(p).replaceAll("\\n(?!\\s*[*-] |\\n)\\s*", " ");
                Matcher m = ITEM_LIST.matcher(text);
                while (m.find()) {
                    if (TOP.contains(m.group(1))) {
                        found.put(m.group(1), List.of(m.group(2).split(", ")));
                    }
                }
            }
        }
        return found;
    }

    /** The menu paths named to users, each with the files naming it. */
    private static Map<String, List<String>> namedPaths() throws IOException {
        Path repo = Path.of(System.getProperty("hillmix.repository", "../.."));
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> docs = Files.list(repo.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().matches("workbench.*\\.md")).forEach(texts::add);
        }
        List<Path> sources = new ArrayList<>();
        for (String bundle : List.of("org.hillmix.ui", "org.hillmix.ui.eval", "org.hillmix.rcp")) {
            Path root = repo.resolve("bundles").resolve(bundle);
            texts.add(root.resolve("plugin.properties"));
            try (Stream<Path> files = Files.walk(root.resolve("src"))) {
                files.filter(p -> p.toString().endsWith(".properties")).forEach(texts::add);
            }
            try (Stream<Path> files = Files.walk(root.resolve("src"))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        assertTrue(texts.size() >= 5 && sources.size() >= 10, "repository not found at " + repo.toAbsolutePath());
        Map<String, List<String>> found = new java.util.TreeMap<>();
        for (Path p : texts) {
            collect(Files.readString(p), repo.relativize(p).toString(), found);
        }
        for (Path p : sources) {
            Matcher m = LITERAL.matcher(Files.readString(p));
            while (m.find()) {
                collect(m.group(1), repo.relativize(p).toString(), found);
            }
        }
        return found;
    }

    private static void collect(String text, String where, Map<String, List<String>> found) {
        Matcher m = PATH.matcher(text);
        while (m.find()) {
            String path = m.group();
            if (TOP.contains(path.substring(0, path.indexOf(" > ")))) {
                List<String> in = found.computeIfAbsent(path, k -> new ArrayList<>());
                if (!in.contains(where)) {
                    in.add(where);
                }
            }
        }
    }

    /** An action bar configurer handing the advisor the real window and {@code menuBar}. */
    private static IActionBarConfigurer configurer(IWorkbenchWindow window, MenuManager menuBar) {
        IWorkbenchWindowConfigurer windowConfigurer = (IWorkbenchWindowConfigurer) Proxy.newProxyInstance(
                MenuPathsTest.class.getClassLoader(), new Class<?>[] {IWorkbenchWindowConfigurer.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getWindow" -> window;
                    case "getWorkbenchConfigurer" -> null;
                    default -> defaultValue(method.getReturnType());
                });
        return (IActionBarConfigurer) Proxy.newProxyInstance(MenuPathsTest.class.getClassLoader(),
                new Class<?>[] {IActionBarConfigurer.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMenuManager" -> menuBar;
                    case "getWindowConfigurer" -> windowConfigurer;
                    default -> defaultValue(method.getReturnType());
                });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }
}
