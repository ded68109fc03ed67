package cn.duban.progress;

import cn.duban.DubanTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Prints every figure of a dev set's reports and what became of it (run with -Donce.debug=folder). */
@DubanTest
@EnabledIfSystemProperty(named = "once.debug", matches = ".+")
class OnceDebugTests {
    @Autowired
    MockMvc mvc;
    @Autowired
    ReportOnceFixture once;
    @Autowired
    ProgressFixture fx;
    @Autowired
    ReportDocuments documents;

    @Test
    void print() throws Exception {
        ReportOnceFixture.Dev dev = (ReportOnceFixture.Dev) ReportOnceFixture.class
                .getField(System.getProperty("once.debug").toUpperCase().replace('-', '_')).get(null);
        ReportOnceFixture.Township t = once.township(mvc, dev);
        UnitReport report = fx.reports.find(t.report()).orElseThrow();
        for (Map.Entry<String, Map<String, java.math.BigDecimal>> doc : ReportOnceFixture.gold(dev).entrySet()) {
            ReportDocuments.Read read = fx.as(t.liaison(),
                    () -> documents.read(report, doc.getKey(), ReportOnceFixture.resource(dev.folder() + "/" + doc.getKey()), "f"));
            for (AchievementMatcher.Figure f : read.reading().figures()) {
                String around = read.text().substring(Math.max(0, f.start() - 18), Math.min(read.text().length(), f.end() + 4))
                        .replace('\n', ' ');
                System.out.println("FIG " + doc.getKey().substring(0, 2) + " " + f.surface() + " [" + f.verdict() + "] " + f.why()
                        + " ‖ " + around);
            }
            read.reading().proposals().forEach(p -> System.out.println("PROP " + doc.getKey().substring(0, 2) + " " + p.indicator()
                    + " = " + p.value() + " (" + p.how() + ") ← " + p.surface()));
        }
    }
}
