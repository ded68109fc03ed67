package cn.duban.org.web;

import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "组织机构", description = "县、乡镇、村、县直部门和指挥部")
class OrganisationApi {

    private final OrganisationController web;
    private final Organisations organisations;
    private final CurrentScope scope;

    OrganisationApi(OrganisationController web, Organisations organisations, CurrentScope scope) {
        this.web = web;
        this.organisations = organisations;
        this.scope = scope;
    }

    record NewOrganisation(String name, OrganisationKind kind, long parentId) {
    }

    @Operation(summary = "可管理的单位", description = "督查室看到本县，系统管理员看到全部。")
    @GetMapping
    List<Organisation> list() {
        return web.visible();
    }

    record NewMember(long memberId) {
    }

    @Operation(summary = "为指挥部新增成员单位")
    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Map<Long, List<Long>> addMember(@PathVariable long id,
            @RequestBody NewMember body) {
        List<Organisation> units = web.visible();
        scope.require(units.stream().anyMatch(o -> o.id() == id) && units.stream().anyMatch(o -> o.id() == body.memberId()));
        organisations.addMember(id, body.memberId());
        return organisations.members(List.of(id));
    }

    @Operation(summary = "新增单位")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Organisation add(@RequestBody NewOrganisation body) {
        scope.require(web.visible().stream().anyMatch(o -> o.id() == body.parentId()));
        return organisations.add(body.name(), body.kind(), body.parentId());
    }
}
