package cn.duban.feedback;

import cn.duban.audit.AuditTrail;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.refusal.Refusal;
import cn.duban.reminders.Reminders;
import cn.duban.time.CountyTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's 意见反馈 on its reporting burden: stored as said, audited, and put in the inboxes of the offices above it. */
@Service
public class Feedback {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Reminders reminders;
    private final AuditTrail audit;
    private final CountyTime time;

    Feedback(JdbcClient jdbc, Organisations organisations, Reminders reminders, AuditTrail audit, CountyTime time) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.reminders = reminders;
        this.audit = audit;
        this.time = time;
    }

    /** One message: which unit, what it said, who and when. */
    public record Message(long id, long unitId, String unitName, String body, String createdBy, OffsetDateTime createdAt) {
    }

    /** Refused feedback: the reason beside the field. */
    static class FeedbackRejected extends Refusal {
        FeedbackRejected(String message, String field) {
            super(message, field);
        }
    }

    /** Stores what the unit said and tells its county's office and the office of the level above. */
    @Transactional
    public long send(long unitId, String body, String by) {
        String said = body == null ? "" : body.strip();
        if (said.length() < 2 || said.length() > 1000) {
            throw new FeedbackRejected("请填写反馈内容（2 至 1000 字）", "body");
        }
        long id = jdbc.sql("""
                insert into burden_feedback (organisation_id, body, created_by, created_at)
                values (:o, :b, :by, :at) returning id""")
                .param("o", unitId).param("b", said).param("by", by).param("at", time.now()).query(Long.class).single();
        audit.record("提交意见反馈", "burden_feedback", id, null, Map.of("organisationId", unitId, "body", said));
        String unit = organisations.find(unitId).map(Organisation::name).orElse("");
        for (long office : offices(unitId)) {
            reminders.tell("feedback:" + id + ":" + office, office, "INFO", "意见反馈：" + unit,
                    unit + "反馈：" + (said.length() > 200 ? said.substring(0, 200) + "…" : said));
        }
        return id;
    }

    /** What the given units said, newest first. */
    public List<Message> of(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.id, f.organisation_id as unit_id, o.name as unit_name, f.body, f.created_by, f.created_at
                from burden_feedback f join organisation o on o.id = f.organisation_id
                where f.organisation_id in (:u) order by f.created_at desc, f.id desc limit 200""")
                .param("u", units).query(Message.class).list();
    }

    /** The office of the unit's county and that of the level above it (each area's own when it has no office). */
    private List<Long> offices(long unitId) {
        List<Long> out = new ArrayList<>();
        long area = organisations.topOf(unitId);
        out.add(officeOf(area));
        organisations.find(area).map(Organisation::parentId).ifPresent(parent -> out.add(officeOf(organisations.topOf(parent))));
        return out.stream().distinct().toList();
    }

    private long officeOf(long area) {
        return organisations.within(organisations.subtree(area)).stream()
                .filter(o -> o.kind() == OrganisationKind.OFFICE && o.parentId() != null && o.parentId() == area)
                .map(Organisation::id).findFirst().orElse(area);
    }
}
