package cn.duban.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DocumentRendering;
import cn.duban.DubanTest;
import cn.duban.OfdReading;
import cn.duban.progress.PeriodFreeze;
import cn.duban.progress.ReportingPeriods;
import cn.duban.time.CountyTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's 督查通报 — its current plan's last period that is past its due date, as the
 * demo office (ducha) would issue it — written as .docx and OFD; ofdrw's reader opens the OFD
 * with the .docx's text, paragraph by paragraph, on as many pages as LibreOffice gives the
 * .docx. The period is frozen for this only: nothing is kept (the transaction is rolled back).
 */
@DubanTest
class DemoBulletinOfdTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PeriodFreeze freezes;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    PeriodDocuments documents;
    @Autowired
    CountyTime time;

    @Test
    void theDemosBulletinOpensInOfdrwsReaderWithTheDocxsText() throws Exception {
        long county = jdbc.sql("select id from organisation where name = '青川县' and kind = 'COUNTY' order by id limit 1")
                .query(Long.class).single();
        long period = jdbc.sql("""
                select rp.id from reporting_period rp join plan p on p.id = rp.plan_id
                where p.area_id = :c and rp.due < :today
                  and exists (select 1 from unit_report r where r.period_id = rp.id)
                order by rp.due desc, rp.id limit 1""")
                .param("c", county).param("today", time.today()).query(Long.class).single();
        PeriodDocuments.Draft draft = tx.execute(status -> {
            status.setRollbackOnly();
            if (!periods.find(period).orElseThrow().frozen()) {
                freezes.freeze(period, "ducha", true);
            }
            return documents.bulletin(period,
                    new PeriodDocuments.Letterhead(DocumentController.fullName("县政府督查室", "青川县"), 1,
                            PeriodDocuments.Letterhead.COPY_TO),
                    time.today());
        });
        OfficialDocument written = OfficialDocument.of(draft.blocks());

        OfdReading.Read read = OfdReading.assertSameText(written.docx(), written.ofd());
        assertThat(read.lines()).startsWith("青川县人民政府督查室", "督查通报", "第1期")
                .contains("各乡镇人民政府，县直各部门：", "一、总体情况", "二、红黑榜", "五、下步工作要求")
                .anyMatch(l -> l.startsWith("抄送："));
        assertThat(String.join("", read.lines())).contains(draft.title());
        int pages = OfdReading.render(written.ofd(), "demo-bulletin");
        assertThat(pages).isEqualTo(read.pages().size());
        assertThat(DocumentRendering.render(written.docx(), "demo-bulletin")).as("LibreOffice's pages of the .docx").isEqualTo(pages);
    }
}
