package cn.duban.demo;

import cn.duban.assessment.AssessmentForms;
import cn.duban.assessment.Assessments;
import cn.duban.extract.Quantity;
import cn.duban.ledger.Plans;
import cn.duban.levels.LevelAssignments;
import cn.duban.levels.Levels;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's levels and 考核: the city above the demo county (青山市, with a second county,
 * 青河县) assigns this year's 新建高标准农田 to both; 青川县 has signed for its share and split it
 * among its three townships, which report as on any task; 青河县 has not signed yet. The county's
 * 考核 scheme for the year weighs its current plans, with a few 加分/扣分 items — so the city's
 * roll-up and the county's scores have something true to show on the first day.
 */
@Component
class DemoLevels {

    private final Organisations organisations;
    private final Plans plans;
    private final Levels levels;
    private final LevelAssignments assignments;
    private final Assessments assessments;
    private final DemoProgress progress;
    private final JdbcClient jdbc;

    DemoLevels(Organisations organisations, Plans plans, Levels levels, LevelAssignments assignments, Assessments assessments,
            DemoProgress progress, JdbcClient jdbc) {
        this.organisations = organisations;
        this.plans = plans;
        this.levels = levels;
        this.assignments = assignments;
        this.assessments = assessments;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    /** The city above the county and its second county; returns the city's office. */
    Organisation city(Organisation county) {
        Organisation city = organisations.find(county.parentId()).orElseThrow();
        Organisation office = organisations.add("市政府督查室", OrganisationKind.OFFICE, city.id());
        Organisation other = organisations.add("青河县", OrganisationKind.COUNTY, city.id());
        organisations.add("县政府督查室", OrganisationKind.OFFICE, other.id());
        organisations.add("河口镇", OrganisationKind.TOWNSHIP, other.id());
        return office;
    }

    void seed(Organisation county, int year) {
        long city = county.parentId();
        Quantity farmland = new Quantity("", "", "30000亩", BigDecimal.valueOf(30000), "亩", BigDecimal.valueOf(30000), "亩",
                "target", "新建高标准农田", ">=", null, false, 0, 0, "");
        long cityPlan = plans.create("青山市" + year + "年重点目标任务", year, city, null, null, null, "system", List.of(
                new Plans.NewTask("1", "新建高标准农田", "完成年度高标准农田建设任务，确保建成即用。", null, List.of(),
                        LocalDate.of(year, 12, 31), List.of(farmland), null, null)));
        long cityTask = jdbc.sql("select id from task where plan_id = :p").param("p", cityPlan).query(Long.class).single();
        Organisation other = organisations.within(organisations.subtree(city)).stream()
                .filter(o -> o.kind() == OrganisationKind.COUNTY && o.id() != county.id()).findFirst().orElseThrow();
        LocalDate due = LocalDate.of(year, 12, 31);
        assignments.assign(cityTask, city, List.of(new Levels.Share(county.id(), List.of(BigDecimal.valueOf(20000)), due),
                new Levels.Share(other.id(), List.of(BigDecimal.valueOf(10000)), due)), "按省下达任务分解，年底前全部建成并通过验收。", false, "system");
        long received = assignments.receivedBy(county.id()).get(0).id();
        long countyTask = assignments.sign(received, county.id(), "system");
        List<Organisation> towns = organisations.within(organisations.subtree(county.id())).stream()
                .filter(o -> o.kind() == OrganisationKind.TOWNSHIP).toList();
        int[] shares = {8000, 7000, 5000};
        List<Levels.Share> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(3, towns.size()); i++) {
            parts.add(new Levels.Share(towns.get(i).id(), List.of(BigDecimal.valueOf(shares[i])), due));
        }
        levels.split(countyTask, county.id(), parts, false, organisations.subtree(county.id()));
        // The demo tells the story of a year: the city assigned this in January, and the county split it then.
        levels.recordHistory(countyTask, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 5), LocalDate.of(year, 1, 8));
        // Only the county that signed did so in January; 青河县 has not signed yet, and every page says so.
        levels.recordHistory(cityTask, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 5), LocalDate.of(year, 1, 8));
        long receivedPlan = jdbc.sql("select plan_id from task where id = :t").param("t", countyTask).query(Long.class).single();
        progress.seed(receivedPlan);

        // The year's 考核: every plan of the county reaching the year, the assigned one weighing less.
        AssessmentForms.SchemeForm scheme = AssessmentForms.SchemeForm.titled("青川县" + year + "年度目标任务综合考核办法", 2);
        for (Assessments.PlanChoice p : assessments.plans(county.id(), year)) {
            scheme.plans().add(new AssessmentForms.SchemeForm.Weight(p.id(), BigDecimal.valueOf(p.id() == receivedPlan ? 20 : 40)));
        }
        assessments.save(county.id(), year, scheme);
        Assessments.Scheme saved = assessments.scheme(county.id(), year).orElseThrow();
        Set<Long> units = organisations.subtree(county.id());
        item(saved, units, towns.get(0).id(), "PRAISE", "1", LocalDate.of(year, 4, 15), "春耕生产工作成效明显，获县政府通报表扬");
        item(saved, units, towns.get(1).id(), "PROBLEM", "-0.5", LocalDate.of(year, 6, 12), "现场督查发现项目台账与实际进度不符");
        // Items go to units the scheme ranks: an item of a unit with no work in its plans would count nowhere.
        organisations.within(units).stream().filter(o -> o.name().equals("县卫生健康委员会")).findFirst()
                .ifPresent(o -> item(saved, units, o.id(), "INTERVIEW", "-2", LocalDate.of(year, 8, 20),
                        "村卫生室标准化建设推进滞后，县政府约谈主要负责人"));
    }

    private void item(Assessments.Scheme scheme, Set<Long> units, long unit, String kind, String points, LocalDate day,
            String basis) {
        AssessmentForms.ItemForm form = new AssessmentForms.ItemForm(unit, kind, new BigDecimal(points), day, basis);
        assessments.addItem(scheme, form, units);
    }
}
