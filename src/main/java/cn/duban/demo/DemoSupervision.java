package cn.duban.demo;

import cn.duban.supervision.Finding;
import cn.duban.supervision.Inspection;
import cn.duban.supervision.InspectionKind;
import cn.duban.supervision.Inspections;
import cn.duban.supervision.Rectifications;
import cn.duban.time.CountyTime;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demo inspection of this year's demo plan three weeks ago, with three findings: one
 * rectified and closed, one reported and waiting for 销号, one still open — through the real
 * services, so the rectification pages and rates show something on the first day.
 */
@Component
class DemoSupervision {

    /** The smallest JPEG header, standing in for a site photo. */
    private static final byte[] PHOTO = photo();

    /** A small drawn "site photo" (uploads are checked to be real images): sky, a road, a wall. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB8D4E8));
        g.fillRect(0, 0, 320, 140);
        g.setColor(new Color(0x7A7A72));
        g.fillRect(0, 140, 320, 100);
        g.setColor(new Color(0xE8E2D0));
        g.fillRect(40, 70, 150, 70);
        g.setColor(new Color(0x9C3B2E));
        g.fillRect(40, 60, 150, 12);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final JdbcClient jdbc;
    private final Inspections inspections;
    private final Rectifications rectifications;
    private final CountyTime time;

    DemoSupervision(JdbcClient jdbc, Inspections inspections, Rectifications rectifications, CountyTime time) {
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.time = time;
    }

    void seed(long county, Set<Long> areaUnits, long plan) {
        List<Map<String, Object>> tasks = jdbc.sql("""
                select id, lead_org_id from task where plan_id = :p and lead_org_id is not null order by position limit 3""")
                .param("p", plan).query().listOfRows();
        if (tasks.size() < 3) {
            return;
        }
        LocalDate day = time.today().minusDays(21);
        List<Long> taskIds = tasks.stream().map(t -> ((Number) t.get("id")).longValue()).toList();
        List<Long> units = tasks.stream().map(t -> ((Number) t.get("lead_org_id")).longValue()).distinct().toList();
        Inspection visit = inspections.record(county, areaUnits, new Inspections.NewInspection(day, InspectionKind.INSPECTION,
                "民生实事项目推进情况现场督查", "分管副县长 李华", "县政府督查室 张明、县民政局、县水利局",
                "实地查看养老服务站、农村供水管网和村卫生室建设现场。部分项目进度滞后，现场管理不够规范。",
                units, taskIds, Boolean.TRUE), "ducha");
        inspections.attach(visit.id(), "现场照片.jpg", PHOTO, "ducha");
        String[][] findings = {
                {"养老服务站建设现场安全围挡不规范", "安全生产"},
                {"供水管网施工进度滞后于计划", "项目进度"},
                {"村卫生室建设台账资料不完整", "基础管理"}};
        for (int i = 0; i < findings.length; i++) {
            long unit = ((Number) tasks.get(i).get("lead_org_id")).longValue();
            Finding f = rectifications.find(visit, areaUnits, new Rectifications.NewFinding(findings[i][0], findings[i][1], unit,
                    "", day.plusDays(i == 1 ? 14 : 30), "整改前后照片或相关资料", List.of(taskIds.get(i))), "ducha");
            if (i == 0) {
                Finding reported = rectifications.report(f.id(), f.version(), "已按标准重新设置围挡，安排专人每日巡查。",
                        List.of(Map.entry("整改后照片.jpg", PHOTO)), "demo");
                rectifications.close(reported.id(), "ducha");
            } else if (i == 2) {
                rectifications.report(f.id(), f.version(), "已补齐施工日志和验收资料。",
                        List.of(Map.entry("资料清单.jpg", PHOTO)), "demo");
            }
        }
    }
}
