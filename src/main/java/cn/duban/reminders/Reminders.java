package cn.duban.reminders;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who is reminded of what today, from the standings and reports in the database. Each
 * reminder has a key (what, about which task or period, for which date), and the table's
 * unique key on it makes the decision idempotent: the job may run every ten minutes, after a
 * restart, or on two instances at once, and each reminder is created once. Deliveries are
 * queued in the same statement as their reminder, for the reminder's unit's contacts only.
 */
@Component
public class Reminders {

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates today's reminders; returns how many were new. */
    @Transactional
    public int decide(LocalDate today) {
        int created = 0;
        // 蓝: a task's deadline is within the plan's reminder days and it is not done.
        created += create(today, """
                select 'due-soon:' || t.id || ':' || t.deadline, t.lead_org_id, 'UNIT', 'BLUE',
                       '任务即将到期：' || t.title,
                       '“' || t.title || '”完成时限为 ' || to_char(t.deadline, 'YYYY-MM-DD') || '，还有 '
                         || (t.deadline - :today) || ' 天。当前：' || s.reason,
                       t.id, null::bigint, null::bigint, null::bigint, t.deadline
                from task t
                join reporting_period p on p.plan_id = t.plan_id and p.starts <= :today and p.ends >= :today
                join task_standing s on s.task_id = t.id and s.period_id = p.id
                left join reporting_rule r on r.plan_id = t.plan_id
                where t.deadline between :today and :today + coalesce(r.remind_days, 3) and s.status <> 'DONE'
                """);
        // 蓝: a task given to a unit two working days ago is still not signed for (counted in the
        // county's days: the session's zone is the county's, so created_at::date is its date).
        created += create(today, """
                select 'sign:' || t.id, t.lead_org_id, 'UNIT', 'BLUE',
                       '请签收任务：' || t.title,
                       '“' || t.title || '”已下达你单位，至今未签收，请及时签收。',
                       t.id, null::bigint, null::bigint, null::bigint, null::date
                from task t
                where t.signed_at is null and t.lead_org_id is not null and t.closed_at is null
                  and (select count(*) from generate_series((t.created_at::date + 1)::timestamp,
                                                            cast(:today as timestamp), interval '1 day') d
                       where extract(isodow from d) < 6) >= 2
                """);
        // 蓝: this period's report is due soon and the unit has not sent it up.
        created += create(today, """
                select 'report-due:' || p.id || ':' || u.unit, u.unit, 'UNIT', 'BLUE',
                       '报送提醒：' || p.label || '进展',
                       '“' || pl.title || '”' || p.label || '的进展请于 ' || to_char(p.due, 'YYYY-MM-DD') || ' 前报送。',
                       null::bigint, p.id, null::bigint, null::bigint, null::date
                from reporting_period p join plan pl on pl.id = p.plan_id
                left join reporting_rule r on r.plan_id = p.plan_id
                join (select distinct plan_id, lead_org_id as unit from task where lead_org_id is not null) u on u.plan_id = p.plan_id
                left join unit_report ur on ur.period_id = p.id and ur.organisation_id = u.unit
                where p.due between :today and :today + coalesce(r.remind_days, 3) and p.frozen_at is null
                  and coalesce(ur.state, 'DRAFT') in ('DRAFT', 'RETURNED')
                """);
        // 黄: the due date has passed without the report reaching the office (periods of the last 40 days).
        created += create(today, """
                select 'report-missing:' || p.id || ':' || u.unit, u.unit, 'UNIT', 'YELLOW',
                       '未按时报送：' || p.label,
                       '“' || pl.title || '”' || p.label || '的进展应于 ' || to_char(p.due, 'YYYY-MM-DD')
                         || ' 前报送，至今未报送，请尽快报送。',
                       null::bigint, p.id, null::bigint, null::bigint, null::date
                from reporting_period p join plan pl on pl.id = p.plan_id
                join (select distinct plan_id, lead_org_id as unit from task where lead_org_id is not null) u on u.plan_id = p.plan_id
                left join unit_report ur on ur.period_id = p.id and ur.organisation_id = u.unit
                where p.due < :today and p.due >= :today - 40 and p.frozen_at is null
                  and coalesce(ur.state, 'DRAFT') not in ('APPROVED', 'ACCEPTED')
                """);
        // 黄: a task lags behind its schedule this period.
        created += create(today, """
                select 'lagging:' || t.id || ':' || p.id, t.lead_org_id, 'UNIT', 'YELLOW',
                       '进度滞后：' || t.title, '“' || t.title || '”' || s.reason || '。请加快推进。',
                       t.id, p.id, null::bigint, null::bigint, null::date
                from task t
                join reporting_period p on p.plan_id = t.plan_id and p.starts <= :today and p.ends >= :today
                join task_standing s on s.task_id = t.id and s.period_id = p.id
                where s.status = 'LAGGING'
                """);
        // 红: overdue. The unit is told, and the leaders of the plan's area, naming the responsible leader.
        created += create(today, """
                select 'overdue:' || t.id || ':' || coalesce(t.deadline::text, '') || ':' || a.audience,
                       case a.audience when 'UNIT' then t.lead_org_id else pl.area_id end, a.audience, 'RED',
                       '超期督办：' || t.title,
                       '“' || t.title || '”（牵头单位 ' || o.name
                         || case when t.leader <> '' then '，责任领导 ' || t.leader else '' end
                         || '）' || s.reason || '。请说明原因并限期完成。',
                       t.id, null::bigint, null::bigint, null::bigint, t.deadline
                from task t join plan pl on pl.id = t.plan_id join organisation o on o.id = t.lead_org_id
                join reporting_period p on p.plan_id = t.plan_id and p.starts <= :today and p.ends >= :today
                join task_standing s on s.task_id = t.id and s.period_id = p.id
                cross join (values ('UNIT'), ('LEADERS')) as a(audience)
                where s.status = 'OVERDUE'
                """);
        // 蓝 and 红 for rectification items (整改事项): due within three days, or past due and not closed (销号).
        created += create(today, """
                select 'rectification-due:' || f.id || ':' || f.deadline, f.unit_id, 'UNIT', 'BLUE',
                       '整改即将到期：' || left(f.description, 40),
                       '督查发现的问题“' || f.description || '”整改时限为 ' || to_char(f.deadline, 'YYYY-MM-DD')
                         || '，请按时整改并报送佐证材料。', null::bigint, null::bigint, null::bigint, f.id, f.deadline
                from finding f where f.state in ('OPEN', 'RETURNED') and f.deadline between :today and :today + 3
                """);
        created += create(today, """
                select 'rectification-overdue:' || f.id || ':' || f.deadline, f.unit_id, 'UNIT', 'RED',
                       '整改超期：' || left(f.description, 40),
                       '督查发现的问题“' || f.description || '”整改时限为 ' || to_char(f.deadline, 'YYYY-MM-DD')
                         || '，至今未销号。请尽快整改并报送佐证材料。', null::bigint, null::bigint, null::bigint, f.id, f.deadline
                from finding f where f.state <> 'CLOSED' and f.deadline < :today
                """);
        withdrawSatisfied();
        return created;
    }

    /**
     * Takes back the reminders whose cause has gone: a report that reached the office, a
     * rectification reported or closed, a task no longer behind, a deadline moved. A withdrawn
     * reminder leaves the inbox and its unsent deliveries are not sent.
     */
    @Transactional
    public int withdrawSatisfied() {
        return withdrawSatisfied(null);
    }

    /** As {@link #withdrawSatisfied()}, for one unit's reminders only (a report step touches no other unit's). */
    @Transactional
    public int withdrawSatisfied(Long unit) {
        int withdrawn = jdbc.sql("""
                update notification n set withdrawn_at = now()
                where n.withdrawn_at is null and (cast(:unit as bigint) is null or n.organisation_id = :unit) and (
                  ((n.dedupe_key like 'report-due:%' or n.dedupe_key like 'report-missing:%')
                    and exists (select 1 from unit_report r where r.period_id = n.period_id
                                and r.organisation_id = n.organisation_id and r.state in ('APPROVED', 'ACCEPTED')))
                  or (n.dedupe_key like 'workflow:approve:%'
                    and exists (select 1 from unit_report r where r.id = n.report_id and r.state <> 'SUBMITTED'))
                  or (n.finding_id is not null
                    and exists (select 1 from finding f where f.id = n.finding_id and f.state in ('REPORTED', 'CLOSED')))
                  or ((n.dedupe_key like 'due-soon:%' or n.dedupe_key like 'overdue:%')
                    and exists (select 1 from task t where t.id = n.task_id and t.deadline is distinct from n.deadline))
                  or (n.dedupe_key like 'overdue:%' and not exists (
                        select 1 from attention_item a where a.task_id = n.task_id and a.status = 'OVERDUE'))
                  or (n.dedupe_key like 'lagging:%' and not exists (
                        select 1 from task_standing s where s.task_id = n.task_id and s.period_id = n.period_id
                        and s.status = 'LAGGING'))
                )""").param("unit", unit).update();
        jdbc.sql("""
                update delivery d set state = 'FAILED', last_error = '提醒已撤回（事由已消除），不再发送'
                from notification n where n.id = d.notification_id and n.withdrawn_at is not null and d.state = 'PENDING'
                  and (cast(:unit as bigint) is null or n.organisation_id = :unit)""")
                .param("unit", unit).update();
        return withdrawn;
    }

    /**
     * A workflow message: someone must act on a report or a 整改事项 now. Into the unit's inbox and
     * channels like any reminder, once (its key names the step and when it happened).
     */
    /** What a workflow message is about: the report or the 整改事项 whose next step takes it back (either may be null). */
    public record About(Long reportId, Long findingId) {
        public static final About NOTHING = new About(null, null);

        public static About report(long id) {
            return new About(id, null);
        }

        public static About finding(long id) {
            return new About(null, id);
        }
    }

    @Transactional
    public void tell(String key, long unit, String grade, String title, String body) {
        tell(key, unit, grade, title, body, About.NOTHING);
    }

    @Transactional
    public void tell(String key, long unit, String grade, String title, String body, About about) {
        jdbc.sql("""
                with created as (
                    insert into notification (dedupe_key, organisation_id, audience, grade, title, body, report_id, finding_id)
                    values (:k, :u, 'UNIT', :g, :t, :b, :r, :f) on conflict (dedupe_key) do nothing returning id, organisation_id)
                insert into delivery (notification_id, channel, address, contact_id)
                select c.id, k.channel, k.address, k.id from created c join contact k on k.organisation_id = c.organisation_id
                on conflict do nothing""")
                .param("k", key).param("u", unit).param("g", grade).param("t", title).param("b", body)
                .param("r", about.reportId()).param("f", about.findingId()).update();
    }

    /** Inserts the reminders the query proposes that do not exist yet, and queues their deliveries. */
    private int create(LocalDate today, String proposals) {
        return jdbc.sql("""
                with proposed (dedupe_key, organisation_id, audience, grade, title, body, task_id, period_id, report_id,
                               finding_id, deadline) as (%s),
                created as (
                    insert into notification (dedupe_key, organisation_id, audience, grade, title, body, task_id, period_id,
                                              report_id, finding_id, deadline)
                    select * from proposed on conflict (dedupe_key) do nothing
                    returning id, organisation_id),
                queued as (
                    insert into delivery (notification_id, channel, address, contact_id)
                    select c.id, k.channel, k.address, k.id from created c join contact k on k.organisation_id = c.organisation_id
                    on conflict do nothing returning 1)
                select count(*) from created""".formatted(proposals))
                .param("today", today).query(Integer.class).single();
    }
}
