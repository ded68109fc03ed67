package cn.duban.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportMoved;
import cn.duban.progress.ReportState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders module on its own with the modules it depends on (issue 24: an event flow as a Spring Modulith
 * scenario, not the whole application): a report moved by progress reaches the unit's inbox after the step
 * committed — a 待审核 for its head when submitted, the reason when returned — through the publication registry,
 * with no call from progress to reminders. Its own database (target/test-data-modules), its own context.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"system", "levels"})
@TestPropertySource(properties = {"duban.data-dir=target/test-data-modules", "duban.reminders.enabled=false",
        "management.server.port=0", "duban.demo.enabled=false"})
class WorkflowScenarioTests {

    @Autowired
    Organisations organisations;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aSubmittedReportAsksItsHeadAndAReturnedOneTellsWhy(Scenario scenario) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Organisation county = tx.execute(s -> organisations.add("场景县" + tag, OrganisationKind.COUNTY, null));
        Organisation town = tx.execute(s -> organisations.add("甲镇" + tag, OrganisationKind.TOWNSHIP, county.id()));
        // A report id of this run's own: the reminder's dedupe key names it, and the database outlives a run.
        long report = 1_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L);

        scenario.publish(() -> new ReportMoved(report, 7, town.id(), "农村人居环境整治", "2026年11月", ReportState.SUBMITTED, null,
                Instant.parse("2026-11-25T02:00:00Z")))
                .andWaitForStateChange(() -> inbox(town), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(n -> {
                    assertThat(n.title()).isEqualTo("待审核：2026年11月进展报送");
                    assertThat(n.body()).contains("“农村人居环境整治”2026年11月的进展", "单位负责人审核");
                }));

        scenario.publish(() -> new ReportMoved(report, 7, town.id(), "农村人居环境整治", "2026年11月", ReportState.RETURNED,
                "污水管网的数字与台账不符。", Instant.parse("2026-11-26T02:00:00Z")))
                .andWaitForStateChange(() -> inbox(town), list -> list.stream().anyMatch(n -> n.title().startsWith("报送被退回")))
                .andVerify(list -> assertThat(list).anySatisfy(n -> assertThat(n.body()).contains("原因：污水管网的数字与台账不符。请修改后重新提交。")));
    }

    private List<Notification> inbox(Organisation unit) {
        return notifications.inbox(unit.id(), null, 20);
    }
}
