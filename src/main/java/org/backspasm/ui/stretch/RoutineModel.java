package org.backspasm.ui.stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backspasm.core.stretch.AskFirst;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.Routine;
import org.backspasm.core.stretch.RoutineEditing;
import org.backspasm.core.stretch.RoutineEntry;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.RoutinePlanner;
import org.backspasm.core.stretch.StretchContent;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.core.stretch.StretchState;

/**
 * The routine page's presentation model: what the stretch session keeps (caution answers, the user's routines,
 * progression), the chosen routine, its plan, its rows and the "ask first" advice, recomputed whenever one of them
 * changes. The page binds to the rows and calls the editing commands; each edit is saved at once.
 */
public final class RoutineModel {
    private final StretchSession session;
    private final RoutinePlanner planner;
    private final ReadOnlyObjectWrapper<StretchState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Routine> routine = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<RoutineEntry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<RoutinePlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RoutineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RoutineRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<AskFirst> askFirst = FXCollections.observableArrayList();
    private final ObservableList<AskFirst> askFirstView = FXCollections.unmodifiableObservableList(askFirst);

    /** @param session the rules and what is kept; null when the stretch content could not be loaded */
    RoutineModel(StretchSession session) {
        this.session = session;
        this.planner = session == null ? null : new RoutinePlanner(session.content());
        state.set(session == null ? StretchState.EMPTY : session.state());
        if (session != null) {
            session.onChange(s -> sync()); // every change the session keeps: edits, answers, progression
        }
    }

    StretchContent content() {
        return session.content();
    }

    public void choose(Routine r) {
        routine.set(r);
        replan();
    }

    /** Chooses the routine before (-1) or after (+1) the current one in the list. */
    public void chooseNext(int by) {
        List<Routine> all = content().routines();
        int i = all.indexOf(routine.get());
        choose(all.get(Math.floorMod(i + by, all.size())));
    }

    /** Shows what the session keeps now, if it changed (an edit, an answer, progression after a session). */
    private void sync() {
        if (session.state() != state.get()) {
            state.set(session.state());
            replan();
        }
    }

    private void replan() {
        Routine r = routine.get();
        if (r == null || planner == null) {
            return;
        }
        List<RoutineEntry> e = planner.entries(r, state.get());
        RoutinePlan p = planner.plan(r, state.get());
        List<RoutineRow> list = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            RoutineEntry entry = e.get(i);
            list.add(RoutineRow.of(i, e.size(), content().stretch(entry.stretchId()), session.repsOf(entry), p));
        }
        entries.set(e);
        rows.setAll(list);
        askFirst.setAll(RoutinePlanner.askFirst(state.get().cautions()));
        plan.set(p);
    }

    private void saveEntries(List<RoutineEntry> e) {
        session.setRoutine(routine.get().id(), e);
    }

    public void moveEntry(int index, int by) {
        saveEntries(RoutineEditing.move(entries.get(), index, by));
    }

    public void removeEntry(int index) {
        saveEntries(RoutineEditing.remove(entries.get(), index));
    }

    public void addStretch(String stretchId) {
        saveEntries(RoutineEditing.add(entries.get(), content().stretch(stretchId)));
    }

    public void setReps(int index, int reps) {
        String id = entries.get().get(index).stretchId();
        saveEntries(RoutineEditing.setReps(entries.get(), index, content().stretch(id), reps));
    }

    public void resetRoutine() {
        saveEntries(null);
    }

    /** Saves the conditions; the clinician's confirmation is kept only while a recent injury is still ticked. */
    public void saveCautions(Set<Caution> yes) {
        session.saveCautions(yes);
    }

    /** The user's answer to "has a doctor or physiotherapist said exercise is all right?" (also in Settings). */
    public void setClinicianOk(boolean ok) {
        session.setClinicianOk(ok);
    }

    public ReadOnlyObjectProperty<StretchState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Routine> routineProperty() {
        return routine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RoutineEntry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RoutinePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The chosen routine's stretches as the page shows them. */
    public ObservableList<RoutineRow> rows() {
        return rowsView;
    }

    /** What to ask a clinician first, for the caution answers given (empty when nothing). */
    public ObservableList<AskFirst> askFirst() {
        return askFirstView;
    }
}
