package cn.duban.extract;

import java.util.List;

/**
 * A leaf of the outline proposed as a ledger task. {@code quantities} index into the
 * extraction's quantity list; {@code units} are organisation names the text mentions,
 * candidates for the lead and co-operating units.
 */
public record ProposedTask(String id, String sectionId, String title, String text, Role role, String deadline,
        List<Integer> quantities, List<String> units, int start, int end) {

    /**
     * Whether an office would put it in its ledger: work still to be done (a plan part, or a document that states
     * no other). A review or problem part describes; it does not assign (TASKS.md), so it is offered unticked.
     */
    public boolean proposed() {
        return role == Role.PLAN || role == Role.UNKNOWN;
    }

    /** The same task read as {@code role} (a list of work found in a part that reviews). */
    ProposedTask withRole(Role role) {
        return role == this.role ? this : new ProposedTask(id, sectionId, title, text, role, deadline, quantities, units, start, end);
    }
}
