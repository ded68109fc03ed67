package cn.duban.progress;

import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
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

    ReportAccess(CurrentScope scope, Reports reports) {
        this.scope = scope;
        this.reports = reports;
    }

    public UnitReport readable(long reportId) {
        UnitReport r = reports.find(reportId).orElseThrow(() -> new ReportRejected("报送不存在或无权查看"));
        if (!scope.units().contains(r.unitId())) {
            throw new ReportRejected("报送不存在或无权查看");
        }
        return r;
    }

    /** The liaison of the report's own unit. */
    public UnitReport forLiaison(long reportId) {
        UnitReport r = readable(reportId);
        DubanUser user = scope.user();
        scope.require(user.role() == Role.LIAISON && user.organisationId() == r.unitId());
        return r;
    }

    /** The head of the report's own unit. */
    public UnitReport forHead(long reportId) {
        UnitReport r = readable(reportId);
        DubanUser user = scope.user();
        scope.require(user.role() == Role.UNIT_HEAD && user.organisationId() == r.unitId());
        return r;
    }

    /** The office of the plan's area. */
    public UnitReport forOffice(long reportId) {
        UnitReport r = readable(reportId);
        scope.require(scope.user().role() == Role.SUPERVISOR && r.areaId() == scope.area());
        return r;
    }

    /** Corrections come from the unit that reported, or from the office that received the numbers. */
    public UnitReport forCorrection(long reportId) {
        UnitReport r = readable(reportId);
        DubanUser user = scope.user();
        scope.require((user.role() == Role.LIAISON && user.organisationId() == r.unitId())
                || (user.role() == Role.SUPERVISOR && r.areaId() == scope.area()));
        return r;
    }

    public String actor() {
        return scope.user().getUsername();
    }
}
