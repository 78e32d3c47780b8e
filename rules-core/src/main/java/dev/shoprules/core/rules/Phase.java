package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.kie.api.runtime.rule.Agenda;

/**
 * The phases a case is decided in, in order. Every DRL rule names its phase ({@code agenda-group "decide"}) and the
 * engine focuses them one after the other: a phase starts only when the one before has nothing left to fire. So a
 * rule may read ({@code not}, {@code accumulate}) every fact of an earlier phase as complete, and the order of the
 * rules is written in words, not in salience numbers (a pack using a bare salience or no phase does not load).
 * A rule must never need a fact of a later phase: its phase would already be over when that fact is inserted.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public enum Phase {
    /** Facts the case implies: ship deadlines, late hand-overs, false shipments, out of stock, trade success,
     *  an order's broken promises by kind, each invoice checked. */
    INFER("infer"),
    /** Facts that need every fact of {@link #INFER} at once: whether each broken promise can still be punished
     *  (it reads the trade's success). */
    COMBINE("combine"),
    /** Findings: violations, advisories and metrics. A violation may depend on what the earlier phases found
     *  ("not already counted as a broken promise"). */
    DECIDE("decide"),
    /** Compensations that yield to a stronger finding: one failure to ship is paid once (out of stock pays before
     *  false shipment, which pays before late shipment). */
    PAY("pay"),
    /** What all the case's violations cost the shop: points nodes crossed, sanctions, deposit fines. */
    TALLY("tally");

    private static final List<Phase> ORDER = List.of(values());

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    /** The DRL name of the phase: {@code agenda-group "infer"}. */
    public String agendaGroup() {
        return agendaGroup;
    }

    /** The phases in the order they run. */
    public static List<Phase> inOrder() {
        return ORDER;
    }

    /** Focuses the phases so that the next {@code fireAllRules} runs them in order: focus is a stack, last pushed first. */
    public static void focusInOrder(Agenda agenda) {
        for (int i = ORDER.size() - 1; i >= 0; i--) {
            agenda.getAgendaGroup(ORDER.get(i).agendaGroup()).setFocus();
        }
    }

    /** The phase of a DRL agenda group, if it names one. */
    public static Optional<Phase> ofAgendaGroup(String name) {
        return Arrays.stream(values()).filter(p -> p.agendaGroup.equals(name)).findFirst();
    }
}
