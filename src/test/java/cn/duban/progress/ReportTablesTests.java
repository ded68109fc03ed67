package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.extract.Quantity;
import org.junit.jupiter.api.Test;

/** How the report tables read a unit's table of figures, from the layouts our blind batches brought. */
class ReportTablesTests {

    /**
     * From once-y65: a heading that spans its parts (报送数据 over 10月末已报 | 11月末拟报 | 本月增量), written as one cell in a text table,
     * is spread over them; a row the check sent back (退回重核) states nothing, and a "—" in the month's total never falls back to
     * last month's.
     */
    @Test
    void aSpanningHeadingWrittenOnceIsSpreadOverItsParts() {
        String text = "序号\t台账指标（任务序号）\t计量单位\t年度目标\t报送数据\t触发规则\t校验结果\t处置说明\n"
                + "\t\t\t\t10月末已报\t11月末拟报\t本月增量\t\t\t\n"
                + "1\t主动公开政府信息（1）\t条\t1250\t1046\t1158\t112\tR1\t通过\t—\n"
                + "2\t室藏纸质档案数字化加工（4）\t万页\t12\t9.36\t—\t—\tR4\t退回重核\t服务机构报数混入返工页数\n"
                + "3\t发布政策解读材料（3）\t篇\t45\t36\t—\t—\tR5\t提示\t逐篇剔除后补报\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("1158");
    }

    /** From once-y64: 11月末本年累计（台账口径） is the total the ledger counts — the bracket is a note, no other scope. */
    @Test
    void aNoteThatTheColumnCountsAsTheLedgerDoesNamesNoOtherScope() {
        String text = "序号\t台账指标名称（任务号）\t单位\t全年目标\t11月末本年累计（台账口径）\t12月新增测算\t\t\t全年预计（基准情景）\t测算依据\n"
                + "\t\t\t\t\t保守\t基准\t乐观\t\t\n"
                + "1\t完成税源清查建档的纳税人（1）\t户\t320\t291\t12\t20\t27\t311\t农户自住房屋不计入\n"
                + "2\t审核村级财务原始凭证（9）\t张\t5200\t5100张左右（11月凭证尚在装订）\t80\t110\t150\t5210\t—\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("291");
    }
}
