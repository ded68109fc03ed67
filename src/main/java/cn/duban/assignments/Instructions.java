package cn.duban.assignments;

import cn.duban.audit.AuditTrail;
import cn.duban.security.DubanUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' 批示. A leader writes one on a task, a report, a finding or a bulletin of his area;
 * the office sees those waiting and issues 交办事项 from them; the leader follows each to 办结.
 */
@Service
public class Instructions {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Assignments assignments;

    Instructions(JdbcClient jdbc, AuditTrail audit, Assignments assignments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.assignments = assignments;
    }

    /** Writes a 批示; refused when its subject is not in the leader's area. Returns its id. */
    @Transactional
    public long write(Forms.InstructionForm form, DubanUser leader, long areaId) {
        String title = subjectTitle(form.subjectKind(), form.subjectId(), areaId)
                .orElseThrow(() -> new AssignmentRejected("批示的对象不存在或不在本县范围内"));
        long id = jdbc.sql("""
                insert into instruction (area_id, leader_id, subject_kind, subject_id, subject_title, text)
                values (:area, :leader, :kind, :subject, :title, :text) returning id""")
                .param("area", areaId).param("leader", leader.account().id()).param("kind", form.subjectKind())
                .param("subject", form.subjectId()).param("title", title).param("text", form.text().strip())
                .query(Long.class).single();
        audit.record("领导批示", "instruction", id, null,
                Map.of("subject", form.subjectKind() + " " + form.subjectId(), "text", form.text().strip()));
        return id;
    }

    /**
     * The title of what a 批示 is on, if it is in the area. These are other modules' rows, read
     * only and only for their names, at the moment of writing (the 批示 keeps the name it was given on).
     */
    Optional<String> subjectTitle(String kind, long id, long areaId) {
        String sql = switch (kind) {
            case "TASK" -> "select t.title from task t join plan p on p.id = t.plan_id where t.id = :id and p.area_id = :area";
            case "REPORT" -> """
                    select o.name || ' ' || rp.label || '报送' from unit_report r join reporting_period rp on rp.id = r.period_id
                    join plan p on p.id = rp.plan_id join organisation o on o.id = r.organisation_id
                    where r.id = :id and p.area_id = :area""";
            case "FINDING" -> """
                    select left(f.description, 60) from finding f join inspection i on i.id = f.inspection_id
                    where f.id = :id and i.area_id = :area""";
            case "BULLETIN" -> """
                    select d.title from generated_document d join reporting_period rp on rp.id = d.period_id
                    join plan p on p.id = rp.plan_id where d.id = :id and p.area_id = :area""";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return jdbc.sql(sql).param("id", id).param("area", areaId).query(String.class).optional();
    }

    /** The office issues a 交办事项 from a 批示 of its area. */
    @Transactional
    public long assign(long instructionId, Forms.AssignmentForm form, DubanUser office, long areaId) {
        Instruction i = find(instructionId).filter(x -> areaOf(x.id()) == areaId)
                .orElseThrow(() -> new AssignmentRejected("批示不存在或不在本县范围内"));
        String basis = form.basis() == null || form.basis().isBlank()
                ? i.leaderName() + "批示：" + abbreviate(i.text(), 60)
                : form.basis();
        return assignments.issue(areaId, i.id(), new Forms.AssignmentForm(form.matter(), basis, form.leadOrgId(),
                form.coUnitIds(), form.deadline(), form.requirement()), office);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private long areaOf(long id) {
        return jdbc.sql("select area_id from instruction where id = :id").param("id", id).query(Long.class).single();
    }

    public Optional<Instruction> find(long id) {
        return list("i.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** A leader's own 批示, newest first. */
    public List<Instruction> byLeader(long leaderId) {
        return list("i.leader_id = :l", Map.of("l", leaderId));
    }

    /** All 批示 of an area, newest first: the office's list to act on. */
    public List<Instruction> inArea(long areaId) {
        return list("i.area_id = :a", Map.of("a", areaId));
    }

    /** 批示 on one subject, for the subject's own page. */
    public List<Instruction> on(String kind, long subjectId, long areaId) {
        return list("i.subject_kind = :k and i.subject_id = :s and i.area_id = :a", Map.of("k", kind, "s", subjectId, "a", areaId));
    }

    private List<Instruction> list(String where, Map<String, ?> params) {
        return jdbc.sql("""
                select i.id, i.leader_id, u.display_name, i.subject_kind, i.subject_id, i.subject_title, i.text, i.created_at
                from instruction i join app_user u on u.id = i.leader_id
                where \s""" + where + " order by i.created_at desc, i.id desc")
                .params(params)
                .query((rs, n) -> new Instruction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class), assignments.ofInstruction(rs.getLong(1))))
                .list();
    }
}
