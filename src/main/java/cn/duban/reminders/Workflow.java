package cn.duban.reminders;

import cn.duban.levels.LevelAssigned;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportMoved;
import cn.duban.supervision.RectificationAssigned;
import cn.duban.time.CountyTime;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next: a report waiting for the unit head's approval, a report
 * returned with its reason, a new or returned 整改事项, work assigned from above. Each message
 * follows the committed step, in a transaction of its own on another thread
 * ({@code @ApplicationModuleListener}): the step neither waits for it nor fails with it, and holds no
 * second connection. Until the message is written the event is kept in Spring Modulith's publication
 * registry (table event_publication); one a crash left unhandled is handled again at the next start.
 * Once a step is taken, the reminders it satisfied are withdrawn.
 */
@Component
class Workflow {

    private final Reminders reminders;
    private final Organisations organisations;

    Workflow(Reminders reminders, Organisations organisations) {
        this.reminders = reminders;
        this.organisations = organisations;
    }

    /** 上级交办: the receiving area's office (the area itself when it has none) is asked to sign for it. */
    @ApplicationModuleListener
    void on(LevelAssigned a) {
        List<Long> offices = organisations.within(organisations.subtree(a.areaId())).stream()
                .filter(o -> o.kind() == OrganisationKind.OFFICE && o.parentId() != null && o.parentId() == a.areaId())
                .map(Organisation::id).toList();
        for (long office : offices.isEmpty() ? List.of(a.areaId()) : offices) {
            reminders.tell("workflow:level:" + a.assignmentId() + ":" + office, office, "BLUE", "待签收的上级交办：" + shorten(a.title()),
                    a.fromArea() + "交办“" + a.title() + "”" + (a.targets().isEmpty() ? "" : "（" + a.targets() + "）") + "，完成时限为"
                            + CountyTime.dayOf(a.deadline()) + "，请及时签收并分解落实。");
        }
    }

    @ApplicationModuleListener
    void on(ReportMoved m) {
        String what = "“" + m.planTitle() + "”" + m.periodLabel() + "的进展";
        switch (m.state()) {
            case SUBMITTED -> reminders.tell("workflow:approve:" + m.reportId() + ":" + m.at().toEpochMilli(), m.unitId(), "INFO",
                    "待审核：" + m.periodLabel() + "进展报送", "本单位联络员已提交" + what + "，请单位负责人审核后报送督查室。",
                    Reminders.About.report(m.reportId()));
            case RETURNED -> reminders.tell("workflow:returned:" + m.reportId() + ":" + m.at().toEpochMilli(), m.unitId(), "YELLOW",
                    "报送被退回：" + m.periodLabel() + "进展", what + "被退回，原因：" + m.reason().strip().replaceAll("[。．.；;！!]+$", "") + "。请修改后重新提交。",
                    Reminders.About.report(m.reportId()));
            default -> {
            }
        }
        reminders.withdrawSatisfied(m.unitId());
    }

    @ApplicationModuleListener
    void on(RectificationAssigned r) {
        String deadline = CountyTime.dayOf(r.deadline());
        if (r.returnReason() == null) {
            reminders.tell("workflow:rectification:" + r.findingId() + ":new", r.unitId(), "BLUE",
                    "新的整改事项：" + shorten(r.description()),
                    "督查发现的问题“" + r.description() + "”由本单位整改，整改时限为" + deadline + "，请按时整改并报送佐证材料。",
                    Reminders.About.finding(r.findingId()));
        } else {
            reminders.tell("workflow:rectification:" + r.findingId() + ":returned:" + r.at().toEpochMilli(), r.unitId(), "YELLOW",
                    "整改被退回：" + shorten(r.description()),
                    "督查发现的问题“" + r.description() + "”的整改情况被退回，原因：" + r.returnReason().strip().replaceAll("[。．.；;！!]+$", "")
                            + "。整改时限为" + deadline + "，请补充后重新报送。",
                    Reminders.About.finding(r.findingId()));
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
