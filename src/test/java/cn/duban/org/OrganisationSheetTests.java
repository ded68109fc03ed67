package cn.duban.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DubanTest
class OrganisationSheetTests {

    @Autowired
    OrganisationSheet sheet;
    @Autowired
    Organisations organisations;
    @Autowired
    TestUsers users;

    @Test
    void importsUnitsUnderParentsAlreadyThereOrEarlierInTheSheet() throws Exception {
        TestUsers.County c = users.county();
        List<Organisation> scope = organisations.within(organisations.subtree(c.county().id()));
        byte[] xlsx = xlsx(new String[][]{{"名称", "上级单位", "类型"}, {"丙镇", c.county().name(), "乡镇"},
                {"丙村", "丙镇", "村"}, {"县水利局", c.county().name(), "县直部门"}});
        assertThat(sheet.importSheet(xlsx, scope)).isEmpty();
        assertThat(organisations.within(organisations.subtree(c.county().id()))).extracting(Organisation::name)
                .contains("丙镇", "丙村", "县水利局");
    }

    @Test
    void refusesTheWholeSheetWhenAnyRowIsWrong() throws Exception {
        TestUsers.County c = users.county();
        List<Organisation> scope = organisations.within(organisations.subtree(c.county().id()));
        byte[] xlsx = xlsx(new String[][]{{"名称", "上级单位", "类型"}, {"丁镇", c.county().name(), "乡镇"},
                {"丁村", "不存在的镇", "村"}, {"戊镇", c.county().name(), "星球"}});
        assertThat(sheet.importSheet(xlsx, scope)).containsExactly(
                "第 3 行上级单位“不存在的镇”不在组织机构中，也不在本表前面的行中",
                "第 4 行“类型”应为 乡镇、村、县直部门、指挥部 或 督查室 之一：星球");
        assertThat(organisations.within(organisations.subtree(c.county().id()))).extracting(Organisation::name)
                .doesNotContain("丁镇");
    }

    private static byte[] xlsx(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
