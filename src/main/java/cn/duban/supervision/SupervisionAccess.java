package cn.duban.supervision;

import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which rows of supervision a user may see and change, decided once for pages and API (which role
 * reaches which page: {@link SupervisionRules}): the office records inspections and findings of its
 * area and closes or returns items; the office and leaders read the area; a unit's liaison and head
 * see its own items and report their rectification.
 */
@Component
class SupervisionAccess {

    private final CurrentScope scope;
    private final Inspections inspections;
    private final Rectifications rectifications;

    SupervisionAccess(CurrentScope scope, Inspections inspections, Rectifications rectifications) {
        this.scope = scope;
        this.inspections = inspections;
        this.rectifications = rectifications;
    }

    DubanUser user() {
        return scope.user();
    }

    long area() {
        return scope.area();
    }

    Set<Long> units() {
        return scope.units();
    }

    boolean isOffice() {
        return scope.user().role() == Role.SUPERVISOR;
    }

    boolean officeOrLeader() {
        Role role = scope.user().role();
        return role == Role.SUPERVISOR || role == Role.LEADER;
    }

    /** An inspection of the user's area (only the office and leaders reach inspections: SupervisionRules). */
    Inspection inspection(long id) {
        return inspections.find(id).filter(i -> scope.units().contains(i.areaId()))
                .orElseThrow(() -> new NotFound("督查记录不存在或无权查看"));
    }

    /** A rectification item the user may see: of the office's area, or of the unit's own branch. */
    Finding finding(long id) {
        return rectifications.get(id).filter(f -> scope.units().contains(f.unitId()) || scope.units().contains(f.areaId()))
                .orElseThrow(() -> new NotFound("整改事项不存在或无权查看"));
    }

    /** The unit's liaison or head reports its rectification. */
    Finding forUnit(long id) {
        Finding f = finding(id);
        Role role = scope.user().role();
        scope.require((role == Role.LIAISON || role == Role.UNIT_HEAD) && scope.user().organisationId() == f.unitId());
        return f;
    }

    /** The office of the item's area closes or returns it. */
    Finding forOffice(long id) {
        Finding f = finding(id);
        scope.require(isOffice() && f.areaId() == scope.area());
        return f;
    }

    String actor() {
        return scope.user().getUsername();
    }
}
