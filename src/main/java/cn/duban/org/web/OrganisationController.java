package cn.duban.org.web;

import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.OrganisationSheet;
import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 组织机构: the county's tree, editable by the supervision office and the administrator. */
@Controller
class OrganisationController {

    private final Organisations organisations;
    private final CurrentScope scope;
    private final OrganisationSheet sheet;

    OrganisationController(Organisations organisations, CurrentScope scope, OrganisationSheet sheet) {
        this.organisations = organisations;
        this.scope = scope;
        this.sheet = sheet;
    }

    @GetMapping("/organisations")
    String tree(Model model) {
        List<Organisation> units = visible();
        model.addAttribute("units", units);
        model.addAttribute("names", units.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("members", organisations.members(units.stream()
                .filter(o -> o.kind() == OrganisationKind.COMMAND_POST).map(Organisation::id).toList()));
        model.addAttribute("kinds", OrganisationKind.values());
        return "org/tree";
    }

    @PostMapping("/organisations")
    String add(@RequestParam String name, @RequestParam OrganisationKind kind, @RequestParam long parentId) {
        scope.require(visible().stream().anyMatch(o -> o.id() == parentId));
        organisations.add(name, kind, parentId);
        return "redirect:/organisations";
    }

    @PostMapping("/organisations/{id}/members")
    String addMember(@PathVariable long id, @RequestParam long memberId) {
        List<Organisation> units = visible();
        scope.require(units.stream().anyMatch(o -> o.id() == id) && units.stream().anyMatch(o -> o.id() == memberId));
        organisations.addMember(id, memberId);
        return "redirect:/organisations";
    }

    @PostMapping("/organisations/excel")
    String importSheet(@RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        List<String> problems = sheet.importSheet(file.getBytes(), visible());
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return tree(model);
        }
        return "redirect:/organisations";
    }

    /** The office edits its own county; the administrator keeps every county's tree. */
    List<Organisation> visible() {
        Role role = scope.user().role();
        return role == Role.ADMIN ? organisations.all() : organisations.within(organisations.subtree(scope.area()));
    }
}
