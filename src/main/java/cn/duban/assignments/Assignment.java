package cn.duban.assignments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A 交办事项 as the pages and the API show it, with what was done on it, oldest first. */
public record Assignment(long id, String number, String matter, String basis, String requirement, long leadOrgId,
        String leadOrgName, List<String> coUnits, LocalDate deadline, State state, Long instructionId,
        String createdBy, OffsetDateTime createdAt, boolean overdue, List<Step> steps) {

    /** Where a 交办事项 stands: waiting for 签收, being handled, 办结 asked for, closed. */
    public enum State {
        ISSUED("待签收"), SIGNED("办理中"), CLOSING("申请办结"), CLOSED("已办结");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One step: 签收, 办理情况, 申请办结, 退回 or 办结, by whom and when. */
    public record Step(String kind, String label, String text, String actorName, OffsetDateTime at) {
    }

    /** The last thing the unit reported, for the leader's page: the outcome of his 批示. */
    public String latestFeedback() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (!s.text().isEmpty() && !"RETURNED".equals(s.kind())) {
                return s.text();
            }
        }
        return "";
    }
}
