package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.SeriesOrder;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The H-Mix "select shuffled midpoint" elicitation view: the eleven mixes of an image pair in a
 * grid, in an order shuffled reproducibly per annotator and item ({@link SeriesOrder#shuffled}),
 * and the annotator picks the one that looks like an even 50/50 mix ({@link SelectShuffledAnswer}:
 * the chosen lambda and the lambdas in the order shown).
 *
 * <p>Keys: the letters A-K select the image labelled with them, the arrow keys move the selection
 * through the grid, Enter or Space confirms. A click selects; a double click confirms.
 */
public final class SelectShuffledView extends ElicitationView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.selectShuffled";
    /** Columns of the grid. */
    public static final int COLUMNS = 4;

    private final List<StimulusCanvas> cells = new ArrayList<>();
    private Label question;
    private Label status;
    private Button submit;

    private List<Integer> order = List.of();
    private int selected = -1;
    private boolean framesReady;

    /** Created by the workbench with the session service from the OSGi registry. */
    @Inject
    public SelectShuffledView(AnnotationSessionService sessions) {
        super(sessions);
    }

    /** Builds the view's controls. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite column = createLeftColumn(parent, WidgetIds.SELECT_PROGRESS);
        Composite grid = new Composite(column, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.setLayout(new GridLayout(COLUMNS, true));
        for (int p = 0; p <= MidpointSeries.STEPS; p++) {
            Composite cell = new Composite(grid, SWT.NONE);
            GridLayout cellLayout = new GridLayout(1, false);
            cellLayout.marginWidth = 0;
            cellLayout.marginHeight = 0;
            cell.setLayout(cellLayout);
            cell.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            StimulusCanvas canvas = new StimulusCanvas(cell, WidgetIds.SELECT_CELL_PREFIX + p);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.minimumWidth = 64;
            data.minimumHeight = 64;
            data.widthHint = 120;
            data.heightHint = 120;
            canvas.control().setLayoutData(data);
            int position = p;
            canvas.control().addListener(SWT.MouseDown, e -> select(position));
            canvas.control().addListener(SWT.MouseDoubleClick, e -> {
                select(position);
                submit();
            });
            Label key = new Label(cell, SWT.CENTER);
            key.setText(NLS.bind(Messages.Select_cellLabel, letter(p)));
            key.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
            cells.add(canvas);
        }

        Composite controls = new Composite(root, SWT.NONE);
        GridData controlsData = new GridData(SWT.FILL, SWT.TOP, false, true);
        controlsData.widthHint = 320;
        controls.setLayoutData(controlsData);
        controls.setLayout(new GridLayout(1, false));
        question = ConstructMidpointView.wrapping(controls, null);
        status = ConstructMidpointView.wrapping(controls, WidgetIds.SELECT_STATUS);
        submit = new Button(controls, SWT.PUSH);
        submit.setText(Messages.Select_submit);
        submit.setData(WidgetIds.KEY, WidgetIds.SELECT_SUBMIT);
        submit.addListener(SWT.Selection, e -> submit());
        ConstructMidpointView.wrapping(controls, null).setText(Messages.Select_keyboardHelp);

        installKeyFilter();
        showSession(sessions.current().orElse(null));
    }

    /** The shortcut letter of grid position {@code p}: A for 0, B for 1, ... */
    public static char letter(int p) {
        return (char) ('A' + p);
    }

    /** Gives the keyboard focus to the grid's first cell, where the keys act. */
    @Focus
    public void setFocus() {
        if (!cells.isEmpty() && !cells.get(0).control().isDisposed()) {
            cells.get(Math.max(0, selected)).control().setFocus();
        }
    }

    @Override
    protected void showSession(AnnotationSession newSession) {
        showSessionOf(newSession, Protocol.SELECT_SHUFFLED, Messages.Select_wrongProtocol);
    }

    @Override
    protected void showItem() {
        AnnotationItem item = showHeader();
        framesReady = false;
        select(-1);
        status.setText("");
        String[] names = MixingFactorView.classNames(item);
        question.setText(NLS.bind(Messages.Select_question, names[0], names[1]));
        order = item == null ? List.of() : SeriesOrder.shuffled(session.task().annotator(), item.id());
        try {
            if (item != null && !item.isSeries()) {
                status.setText(NLS.bind(Messages.Construct_notSeries, item.id()));
                clearCells();
            } else if (item != null) {
                for (int p = 0; p < cells.size(); p++) {
                    cells.get(p).show(item.frames().get(order.get(p)));
                }
                framesReady = true;
            } else {
                clearCells();
            }
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Categorical_imageMissing, item.id(), e.getMessage()));
            clearCells();
        }
        submit.setEnabled(framesReady);
        root.layout(true, true);
        if (framesReady) {
            root.update();
            markShown();
            setFocus();
        }
    }

    private void clearCells() {
        for (StimulusCanvas c : cells) {
            try {
                c.show(null);
            } catch (IOException e) {
                throw new IllegalStateException(e); // showing nothing reads nothing
            }
        }
    }

    /** Selects grid position {@code p} ({@code -1}: none). */
    private void select(int p) {
        if (p >= 0 && !framesReady) {
            return;
        }
        selected = p;
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).setHighlighted(i == p);
        }
        if (p >= 0) {
            status.setText("");
            cells.get(p).control().setFocus();
        }
    }

    private void submit() {
        if (!isActive() || !framesReady) {
            return;
        }
        if (selected < 0) {
            status.setText(Messages.Select_nothingSelected);
            status.getParent().layout(true, true);
            display.beep();
            return;
        }
        List<Double> shown = new ArrayList<>();
        for (int frame : order) {
            shown.add(MidpointSeries.lambda(frame));
        }
        record(new SelectShuffledAnswer(MidpointSeries.lambda(order.get(selected)), shown), status);
    }

    @Override
    protected void onKeyDown(Event e) {
        if (!(e.widget instanceof Control control) || control.isDisposed() || !isInside(control)) {
            return;
        }
        if (!isActive() || !framesReady) {
            return;
        }
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.character == ' ') {
            e.doit = false;
            submit();
            return;
        }
        int target = target(selected, e.keyCode, e.character, cells.size());
        if (target != selected && target >= 0) {
            e.doit = false;
            select(target);
        }
    }

    /**
     * The grid position a key selects, given the selected one ({@code -1}: none): a letter A-K
     * (either case) its cell; Left/Right the previous/next cell, Up/Down the cell a row above or
     * below, staying inside the grid (from no selection any arrow selects the first cell);
     * otherwise {@code selected} unchanged.
     */
    public static int target(int selected, int keyCode, char character, int count) {
        char c = Character.toUpperCase(character);
        if (c >= 'A' && c < 'A' + count) {
            return c - 'A';
        }
        int delta = switch (keyCode) {
            case SWT.ARROW_LEFT -> -1;
            case SWT.ARROW_RIGHT -> 1;
            case SWT.ARROW_UP -> -COLUMNS;
            case SWT.ARROW_DOWN -> COLUMNS;
            default -> 0;
        };
        if (delta == 0) {
            return selected;
        }
        if (selected < 0) {
            return 0;
        }
        int next = selected + delta;
        return next < 0 || next >= count ? selected : next;
    }
}
