package cn.duban.progress;

import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a report, decided once for the pages and the API: the unit's liaison
 * drafts and submits, its head approves or returns, the office of the plan's area accepts,
 * returns and freezes; the office and leaders read their area, a unit its own reports.
 */
@Component
public class ReportAccess {

    private final CurrentScope scope;
    private final Reports reports;
    private final JdbcClient jdbc;

    ReportAccess(CurrentScope scope, Reports reports, JdbcClient jdbc) {
        this.scope = scope;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    public UnitReport readable(long reportId) {
        return visible(found(reportId));
    }

    private UnitReport found(long reportId) {
        return reports.find(reportId).orElseThrow(() -> new NotFound("报送不存在或无权查看"));
    }

    /** A report outside the user's area is told not to exist. */
    private UnitReport visible(UnitReport r) {
        if (!scope.units().contains(r.unitId())) {
            throw new NotFound("报送不存在或无权查看");
        }
        return r;
    }

    /** The signed-in user is the liaison of the report's own unit. */
    boolean isLiaisonOf(UnitReport r) {
        DubanUser user = scope.user();
        return user.role() == Role.LIAISON && user.organisationId() == r.unitId();
    }

    /** The signed-in user is the head of the report's own unit. */
    boolean isHeadOf(UnitReport r) {
        DubanUser user = scope.user();
        return user.role() == Role.UNIT_HEAD && user.organisationId() == r.unitId();
    }

    /** The signed-in user is the office of the report's plan's area. */
    boolean isOfficeOf(UnitReport r) {
        return scope.user().role() == Role.SUPERVISOR && r.areaId() == scope.area();
    }

    /**
     * Who fills a report: its unit's liaison, or the office of the plan's area on the unit's behalf
     * (代为填报: a unit that sent its 工作汇报 to the office instead of signing in). {@code onBehalfBy}
     * names the office user, null for the unit's own liaison.
     */
    public record Filler(UnitReport report, String onBehalfBy) {
    }

    public Filler forFiller(long reportId) {
        UnitReport r = found(reportId);
        if (isLiaisonOf(r)) {
            return new Filler(r, null);
        }
        visible(r);
        scope.require(isOfficeOf(r));
        return new Filler(r, scope.user().getUsername());
    }

    /**
     * The office may fill a unit's report of the plan on the unit's behalf: the plan is of its own area, the unit in it;
     * a unit out of reach is told not to exist.
     */
    public void requireOfficeFor(long planId, long unitId) {
        Map<String, Object> plan = plan(planId);
        scope.require(scope.user().role() == Role.SUPERVISOR && ((Number) plan.get("area_id")).longValue() == scope.area());
        if (!scope.units().contains(unitId)) {
            throw new NotFound("单位不存在或不在本地区");
        }
    }

    public UnitReport forHead(long reportId) {
        UnitReport r = readable(reportId);
        scope.require(isHeadOf(r));
        return r;
    }

    public UnitReport forOffice(long reportId) {
        UnitReport r = readable(reportId);
        scope.require(isOfficeOf(r));
        return r;
    }

    /** Corrections come from the unit that reported, or from the office that received the numbers. */
    public UnitReport forCorrection(long reportId) {
        UnitReport r = readable(reportId);
        scope.require(isLiaisonOf(r) || isOfficeOf(r));
        return r;
    }

    /**
     * A plan the user may see, with its id, title, year and area: its area's office and leaders,
     * or a unit leading one of its tasks; anyone else is told it does not exist.
     */
    public Map<String, Object> plan(long planId) {
        return jdbc.sql("""
                select id, title, year, area_id from plan p where id = :id
                and (area_id in (:u) or exists (select 1 from task t where t.plan_id = p.id and t.lead_org_id in (:u)))""")
                .param("id", planId).param("u", scope.units()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFound("计划不存在或无权查看"));
    }

    public String actor() {
        return scope.user().getUsername();
    }
}
