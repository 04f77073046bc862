package org.hillmix.rcp.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.hillmix.rcp.internal.l10n.Messages;

/**
 * The menus: File (New with the HILLmix Project wizard and Other..., Open Project..., Import..., Exit), Window
 * (Open Perspective, Show View, Reset Perspective, Preferences) and Help (About). Each menu keeps the standard
 * additions group so that other bundles can contribute to it (the HILLmix menu of {@code org.hillmix.ui} goes
 * into the menu bar's).
 */
public final class HillmixActionBarAdvisor extends ActionBarAdvisor {

    /** The command that opens a project folder ({@code org.hillmix.ui}); its File entry is hidden without it. */
    static final String OPEN_PROJECT_COMMAND = "org.hillmix.ui.commands.openProject";

    private IWorkbenchAction exit;
    private IWorkbenchAction importWizards;
    private IWorkbenchWindow window;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;

    /**
     * An advisor filling the window's menus.
     *
     * @param configurer the window's action bar configurer
     */
    public HillmixActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        this.window = window;
        exit = register(ActionFactory.QUIT.create(window));
        importWizards = register(ActionFactory.IMPORT.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        about = register(ActionFactory.ABOUT.create(window));
    }

    private boolean isDefined(String commandId) {
        ICommandService commands = window.getService(ICommandService.class);
        return commands != null && commands.getCommand(commandId).isDefined();
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {

        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
        // the wizards the active perspective lists as new-wizard shortcuts (HILLmix Project), then Other...
        // (the short list adds Other... itself)
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        CommandContributionItemParameter open = new CommandContributionItemParameter(window, "org.hillmix.rcp.open",
                OPEN_PROJECT_COMMAND, CommandContributionItem.STYLE_PUSH);
        open.label = Messages.Menu_openProject;
        CommandContributionItem openItem = new CommandContributionItem(open);
        openItem.setVisible(isDefined(OPEN_PROJECT_COMMAND));
        file.add(openItem);
        file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        file.add(new Separator());
        file.add(importWizards);
        file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(exit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager window_ = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectives = new MenuManager(Messages.Menu_openPerspective, "openPerspective");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        MenuManager views = new MenuManager(Messages.Menu_showView, "showView");
        views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        window_.add(perspectives);
        window_.add(views);
        window_.add(resetPerspective);
        window_.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        window_.add(new Separator());
        window_.add(preferences);

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(window_);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }
}
