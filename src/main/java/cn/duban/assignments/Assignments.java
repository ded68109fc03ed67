package cn.duban.assignments;

import cn.duban.audit.AuditTrail;
import cn.duban.files.Checksums;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import cn.duban.reports.OfficialDocument;
import cn.duban.reports.OfficialDocx;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import cn.duban.time.CountyTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交办事项 from issue to 办结: the office issues one (from a 批示 or on its own) with a 文号 and
 * its 交办单; the lead unit 签收s it, reports 办理情况 and asks for 办结; the office closes it or
 * returns it. Each step is one audited write, kept as a step the leader reads.
 */
@Service
public class Assignments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final DocumentNumbers numbers;
    private final CountyTime time;
    private final ApplicationEventPublisher events;

    Assignments(JdbcClient jdbc, AuditTrail audit, Organisations organisations, DocumentNumbers numbers, CountyTime time,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.numbers = numbers;
        this.time = time;
    }

    /** Issues a 交办事项 in the office's area, numbered and with its 交办单; returns its id. */
    @Transactional
    public long issue(long areaId, Long instructionId, Forms.AssignmentForm form, DubanUser by) {
        Set<Long> area = organisations.subtree(areaId);
        if (!area.contains(form.leadOrgId())) {
            throw new AssignmentRejected("牵头单位不在本县范围内");
        }
        List<Long> co = form.coUnitIds() == null
                ? List.of()
                : form.coUnitIds().stream().filter(id -> !id.equals(form.leadOrgId())).distinct().toList();
        if (!area.containsAll(co)) {
            throw new AssignmentRejected("配合单位不在本县范围内");
        }
        // One moment for the whole sheet: its 文号's year, the date it bears and when it is listed as issued.
        OffsetDateTime issuedAt = time.now();
        LocalDate today = issuedAt.toLocalDate();
        if (form.deadline().isBefore(today)) {
            throw new AssignmentRejected("办理时限不能早于今天");
        }
        Organisation county = organisations.find(areaId).orElseThrow();
        String number = numbers.next(DocumentNumbers.Kind.ASSIGNMENT, areaId, county.name(), today.getYear());
        String basis = form.basis() == null ? "" : form.basis().strip();
        String requirement = form.requirement() == null ? "" : form.requirement().strip();
        OfficialDocument sheet = sheet(county.name(), number, form.matter().strip(), basis, name(form.leadOrgId()),
                co.stream().map(this::name).toList(), form.deadline(), requirement, today);
        long id = jdbc.sql("""
                insert into assignment (area_id, instruction_id, number, matter, basis, requirement, lead_org_id, deadline,
                                        created_by, document, document_sha256, ofd, ofd_sha256, created_at)
                values (:area, :inst, :num, :matter, :basis, :req, :lead, :deadline, :by, :doc, :sha, :ofd, :ofdSha, :at) returning id""")
                .param("doc", sheet.docx()).param("sha", Checksums.sha256(sheet.docx()))
                .param("ofd", sheet.ofd()).param("ofdSha", Checksums.sha256(sheet.ofd()))
                .param("area", areaId).param("inst", instructionId).param("num", number).param("matter", form.matter().strip())
                .param("basis", basis).param("req", requirement).param("lead", form.leadOrgId())
                .param("deadline", form.deadline()).param("by", by.getUsername())
                .param("at", issuedAt)
                .query(Long.class).single();
        for (Long unit : co) {
            jdbc.sql("insert into assignment_co_unit (assignment_id, organisation_id) values (:a, :o)")
                    .param("a", id).param("o", unit).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("matter", form.matter().strip());
        after.put("leadOrgId", form.leadOrgId());
        after.put("coUnitIds", co);
        after.put("deadline", form.deadline().toString());
        after.put("instructionId", instructionId);
        audit.record("交办", "assignment", id, null, after);
        events.publishEvent(new AssignmentIssued(id, form.leadOrgId(), number, form.matter().strip(), form.deadline()));
        return id;
    }

    /** The lead unit signs for the matter: from now it is the unit's to handle. */
    @Transactional
    public void sign(long id, DubanUser by, Collection<Long> units) {
        Assignment a = ofLeadUnit(id, units);
        if (a.state() != Assignment.State.ISSUED) {
            throw new AssignmentRejected("该事项已签收，不能重复签收");
        }
        step(a, Assignment.State.ISSUED, Assignment.State.SIGNED, "SIGNED", "", by, "签收");
        events.publishEvent(new AssignmentSigned(id));
    }

    /** The lead unit reports how the matter is being handled. */
    @Transactional
    public void progress(long id, String text, DubanUser by, Collection<Long> units) {
        byLeadUnit(id, text, by, units, Assignment.State.SIGNED, "PROGRESS", "报送办理情况");
    }

    /** The lead unit says the matter is done and asks the office to close it. */
    @Transactional
    public void askToClose(long id, String text, DubanUser by, Collection<Long> units) {
        byLeadUnit(id, text, by, units, Assignment.State.CLOSING, "CLOSING", "申请办结");
    }

    /** A step the lead unit takes on a matter it has signed for and is handling. */
    private void byLeadUnit(long id, String text, DubanUser by, Collection<Long> units, Assignment.State to, String kind,
            String action) {
        Assignment a = ofLeadUnit(id, units);
        if (a.state() != Assignment.State.SIGNED) {
            throw new AssignmentRejected(a.state() == Assignment.State.ISSUED
                    ? "请先签收，再" + action
                    : "该事项" + a.state().label() + "，不能再" + action);
        }
        step(a, Assignment.State.SIGNED, to, kind, text, by, action);
    }

    /** The office accepts the unit's request: the matter is closed. */
    @Transactional
    public void close(long id, String text, DubanUser by, long areaId) {
        Assignment a = inArea(id, areaId);
        if (a.state() != Assignment.State.CLOSING) {
            throw new AssignmentRejected("牵头单位申请办结后才能办结");
        }
        step(a, a.state(), Assignment.State.CLOSED, "CLOSED", text == null ? "" : text, by, "办结");
    }

    /** The office returns the request: the unit goes on handling it, told why. */
    @Transactional
    public void returnToUnit(long id, String reason, DubanUser by, long areaId) {
        Assignment a = inArea(id, areaId);
        if (a.state() != Assignment.State.CLOSING) {
            throw new AssignmentRejected("只有申请办结的事项才能退回");
        }
        step(a, a.state(), Assignment.State.SIGNED, "RETURNED", reason, by, "退回办结申请");
    }

    private void step(Assignment a, Assignment.State from, Assignment.State to, String kind, String text, DubanUser by, String action) {
        int updated = jdbc.sql("""
                update assignment set state = :to,
                    signed_by = case when :kind = 'SIGNED' then :by else signed_by end,
                    signed_at = case when :kind = 'SIGNED' then :now else signed_at end,
                    closed_by = case when :kind = 'CLOSED' then :by else closed_by end,
                    closed_at = case when :kind = 'CLOSED' then :now else closed_at end
                where id = :id and state = :from""")
                .param("now", time.now()).param("to", to.name()).param("kind", kind).param("by", by.getUsername()).param("id", a.id())
                .param("from", from.name()).update();
        if (updated == 0) {
            throw new AssignmentRejected("该事项刚被他人处理过，请刷新后再试");
        }
        String clean = text == null ? "" : text.strip();
        jdbc.sql("""
                insert into assignment_step (assignment_id, kind, text, actor, actor_name)
                values (:a, :kind, :text, :actor, :name)""")
                .param("a", a.id()).param("kind", kind).param("text", clean).param("actor", by.getUsername())
                .param("name", by.account().displayName()).update();
        audit.record(action, "assignment", a.id(), Map.of("state", from.name()), Map.of("state", to.name(), "text", clean));
    }

    private Assignment ofLeadUnit(long id, Collection<Long> units) {
        Assignment a = find(id).orElseThrow(() -> new NotFound("交办事项不存在或无权办理"));
        if (!units.contains(a.leadOrgId())) {
            throw new AssignmentRejected("只有牵头单位可以签收、报送办理情况和申请办结");
        }
        return a;
    }

    private Assignment inArea(long id, long areaId) {
        return find(id).filter(a -> areaOf(a.id()) == areaId)
                .orElseThrow(() -> new NotFound("交办事项不存在或无权办理"));
    }

    private long areaOf(long id) {
        return jdbc.sql("select area_id from assignment where id = :id").param("id", id).query(Long.class).single();
    }

    /** One 交办事项, with its steps. */
    public Optional<Assignment> find(long id) {
        return list("a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Those a user may see: the area's for the office and leaders, else those its units lead or help with. */
    public List<Assignment> visible(DubanUser user, long areaId, Collection<Long> units) {
        if (user.role() == Role.SUPERVISOR || user.role() == Role.LEADER) {
            return list("a.area_id = :area", Map.of("area", areaId));
        }
        return list("(a.lead_org_id in (:units) or exists (select 1 from assignment_co_unit c where c.assignment_id = a.id"
                + " and c.organisation_id in (:units)))", Map.of("units", units));
    }

    /** Whether a user may see this one. */
    public boolean mayView(Assignment a, DubanUser user, long areaId, Collection<Long> units) {
        return visible(user, areaId, units).stream().anyMatch(x -> x.id() == a.id());
    }

    /** Those issued from one 批示. */
    public List<Assignment> ofInstruction(long instructionId) {
        return list("a.instruction_id = :i", Map.of("i", instructionId));
    }

    /** The 交办单 as it was written when the matter was issued. */
    public Optional<byte[]> document(long id) {
        return jdbc.sql("select document from assignment where id = :id").param("id", id).query(byte[].class).optional();
    }

    /** The 交办单 in OFD, written with the .docx; none for one issued before 交办单 were kept in OFD too. */
    public Optional<byte[]> ofd(long id) {
        return jdbc.sql("select ofd from assignment where id = :id and ofd is not null").param("id", id).query(byte[].class)
                .optional();
    }

    private List<Assignment> list(String where, Map<String, ?> params) {
        LocalDate today = time.today();
        var rows = jdbc.sql("""
                select a.id, a.number, a.matter, a.basis, a.requirement, a.lead_org_id, o.name as lead, a.deadline, a.state,
                       a.instruction_id, a.created_by, a.created_at,
                       coalesce((select string_agg(co.name, '、' order by co.name) from assignment_co_unit c
                                 join organisation co on co.id = c.organisation_id where c.assignment_id = a.id), '') as co
                from assignment a join organisation o on o.id = a.lead_org_id
                where \s""" + where + " order by a.deadline, a.id")
                .params(params)
                .query((rs, n) -> new Object[]{rs.getLong("id"), rs.getString("number"), rs.getString("matter"), rs.getString("basis"),
                        rs.getString("requirement"), rs.getLong("lead_org_id"), rs.getString("lead"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("state"),
                        rs.getObject("instruction_id") == null ? null : rs.getLong("instruction_id"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("co")})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<Assignment.Step>> steps = new LinkedHashMap<>();
        jdbc.sql("select assignment_id, kind, text, actor_name, at from assignment_step where assignment_id in (:ids) order by at, id")
                .param("ids", ids)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong("assignment_id"), k -> new ArrayList<>()).add(new Assignment.Step(
                            rs.getString("kind"), stepLabel(rs.getString("kind")), rs.getString("text"), rs.getString("actor_name"),
                            rs.getObject("at", OffsetDateTime.class)));
                });
        List<Assignment> out = new ArrayList<>();
        for (Object[] r : rows) {
            Assignment.State state = Assignment.State.valueOf((String) r[8]);
            LocalDate deadline = (LocalDate) r[7];
            String co = (String) r[12];
            out.add(new Assignment((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5], (String) r[6],
                    co.isEmpty() ? List.of() : List.of(co.split("、")), deadline, state, (Long) r[9], (String) r[10],
                    (OffsetDateTime) r[11], state != Assignment.State.CLOSED && deadline.isBefore(today),
                    steps.getOrDefault((Long) r[0], List.of())));
        }
        return out;
    }

    private static String stepLabel(String kind) {
        return switch (kind) {
            case "SIGNED" -> "签收";
            case "PROGRESS" -> "办理情况";
            case "CLOSING" -> "申请办结";
            case "RETURNED" -> "退回";
            case "CLOSED" -> "办结";
            default -> kind;
        };
    }

    private String name(long unit) {
        return organisations.find(unit).map(Organisation::name).orElse("");
    }

    /**
     * The 交办单 in GB/T 9704's layout: title, 文号, and the matter's fields as offices list them,
     * then the line the unit signs on and the office's name and date.
     */
    static OfficialDocument sheet(String county, String number, String matter, String basis, String lead, List<String> co,
            LocalDate deadline, String requirement, LocalDate issued) {
        List<OfficialDocx.Block> b = new ArrayList<>();
        b.add(new OfficialDocx.Title(county + "人民政府督查室交办单"));
        b.add(new OfficialDocx.Recipients(number));
        b.add(new OfficialDocx.Recipients(lead + "："));
        b.add(new OfficialDocx.Body("交办事项：" + matter));
        if (!basis.isEmpty()) {
            b.add(new OfficialDocx.Body("交办依据：" + basis));
        }
        b.add(new OfficialDocx.Body("牵头单位：" + lead));
        b.add(new OfficialDocx.Body("配合单位：" + (co.isEmpty() ? "无" : String.join("、", co))));
        b.add(new OfficialDocx.Body("办理时限：" + CountyTime.dayOf(deadline)));
        if (!requirement.isEmpty()) {
            b.add(new OfficialDocx.Body("办理要求：" + requirement));
        }
        b.add(new OfficialDocx.Body("请于收到本交办单后两个工作日内签收，按时限报送办理情况；办结后申请办结并附佐证材料。"));
        b.add(new OfficialDocx.Body("签收人：　　　　　　签收时间：　　年　月　日"));
        b.add(new OfficialDocx.Signature(county + "人民政府督查室\n" + CountyTime.dayOf(issued)));
        return OfficialDocument.of(b);
    }
}
