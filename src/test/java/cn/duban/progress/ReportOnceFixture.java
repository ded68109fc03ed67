package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report-once dev set (src/test/resources/once) in a county laid out as the demo's: 青川县 with 清河镇 and its
 * villages (白沙村, 桥头村, 河东村), 石桥镇 (石桥村), 龙坪乡 and the departments their ledgers name. A township's ledger
 * is imported through {@code POST /api/plans/excel} in October 2026 — 清河镇's and 龙坪乡's as Duban's export lays it
 * out (台账 and 指标 sheets), 石桥镇's in the office's own columns only, its indicators read from 目标要求 — its
 * liaison reports October's cumulative values and its head approves; then November's report is opened, the one
 * the township's own documents are read for.
 */
@Component
public class ReportOnceFixture {

    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 20);
    static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 27);

    /**
     * A township of the dev set: its folder, its name, whether its ledger has an 指标 sheet (indicators.tsv, with
     * October's values) or only 目标要求 text (previous.tsv: October's values in the order 目标要求 states them).
     */
    public record Dev(String folder, String unit, boolean indicatorSheet) {
    }

    public static final Dev QINGHE = new Dev("qinghe", "清河镇", true);
    public static final Dev SHIQIAO = new Dev("shiqiao", "石桥镇", false);
    public static final Dev LONGPING = new Dev("longping", "龙坪乡", true);
    /** 清河镇 again, with another ledger (tourism, pensions, water) and two more styles: a 政府工作报告 and a 周调度. */
    public static final Dev QINGHE_B = new Dev("qinghe-b", "清河镇", true);
    /**
     * 龙坪乡 with another ledger (油茶, 林长制, 饮水, 稳岗就业, 民宿…) and three more reports, written by someone who had not
     * read the matcher's rules and scored at first sight before any change (BENCHMARKS.md, report once).
     */
    public static final Dev LONGPING_B = new Dev("longping-b", "龙坪乡", true);
    /** 石桥镇 with another ledger (旅游, 冷链, 撂荒地, 河湖长制, 农房风貌…): a 调度简报, a Traditional 总结, a .docx whose table has increments. */
    public static final Dev SHIQIAO_B = new Dev("shiqiao-b", "石桥镇", true);
    /** 清河镇 with a third ledger (专项债, 规上工业, 粮油, 生猪, 燃气…): a 镇长讲话, a Traditional 前三季度+10–11月 report, a .docx with two tables. */
    public static final Dev QINGHE_C = new Dev("qinghe-c", "清河镇", true);
    /** 龙坪乡 with a third ledger (中药材, 林下经济, 光伏, 危桥, 避险搬迁, 民宿研学…): a 公众号 post, a Traditional bulleted list, an Excel paste. */
    public static final Dev LONGPING_C = new Dev("longping-c", "龙坪乡", true);
    /** 石桥镇 with a third ledger (民生实事, 高标准农田, 再生稻, 升规入统…): a 民生实事 report, a Traditional 党建 report, a .docx with transposed tables. */
    public static final Dev SHIQIAO_C = new Dev("shiqiao-c", "石桥镇", true);
    /** 清河镇 with a fourth ledger (招商, 改厕, 植树, 安全生产…): a reply to the 督查室's 督办件, a Traditional speech, a .docx 1—11月 summary with a plan part. */
    public static final Dev QINGHE_D = new Dev("qinghe-d", "清河镇", true);
    /** 龙坪乡 with a fourth ledger (茶叶, 护林员, 通组路, 养殖, 火点…): a spoken 调度 speech, a Traditional review with a 2027 part, a .docx by village. */
    public static final Dev LONGPING_D = new Dev("longping-d", "龙坪乡", true);
    /** 石桥镇 with a fourth ledger (茶产业, 乡村旅游, 安全生产…): the head's 述职述廉报告, a Traditional 简报 by 片区, a .docx 推进情况表 in an unusual column order. */
    public static final Dev SHIQIAO_D = new Dev("shiqiao-d", "石桥镇", true);
    /** 清河镇 with a fifth ledger (秋冬种, 河道清淤, 临时救助, 消防…): a work group's messages, a Traditional 迎检汇报, a .docx 台账 with 1-10月 and 11月 columns. */
    public static final Dev QINGHE_E = new Dev("qinghe-e", "清河镇", true);
    /** 石桥镇 with a fifth ledger (秋冬种, 冬春水利, 供水, 秸秆禁烧…): a report for the county 人大's visit, a Traditional 专报, a .docx 月报 with a project table. */
    public static final Dev SHIQIAO_E = new Dev("shiqiao-e", "石桥镇", true);
    /** 龙坪乡 with a fifth ledger: a report pasted out of a PDF (hard line breaks, page numbers), Traditional 党委会议纪要, a .docx 挂图作战推进表. */
    public static final Dev LONGPING_E = new Dev("longping-e", "龙坪乡", true);
    /** 清河镇 with a sixth ledger (信访, 综治, 应急, 电诈…): numbered 工作动态 items, a Traditional 冲刺 notice, a .docx table by quarter and month. */
    public static final Dev QINGHE_F = new Dev("qinghe-f", "清河镇", true);
    /** 清河镇 with a seventh ledger (财税, 村集体经济, 文旅, 教育, 养老…): a 考核自查报告 with scores, a Traditional 汇报提纲, a .docx 对照表. */
    public static final Dev QINGHE_G = new Dev("qinghe-g", "清河镇", true);
    /** 龙坪乡 with a sixth ledger (茶叶, 森林防火, 地灾避险, 医保, 水毁修复…): 政务信息 articles, a Traditional 整改情况报告, a .docx 半月刊 by 分管领导. */
    public static final Dev LONGPING_F = new Dev("longping-f", "龙坪乡", true);
    /** 石桥镇 with a sixth ledger (招商, 规上企业, 征迁, 农贸市场, 秸秆, 信访…): a 赛马比拼 material, a Traditional 书记月报, a .docx 统计月报. */
    public static final Dev SHIQIAO_F = new Dev("shiqiao-f", "石桥镇", true);
    /** 清河镇 with an eighth ledger (数字乡村, 供水, 救助, 妇幼, 送戏下乡, 禁毒, 光伏…): a media interview, a Traditional 包村干部 log, a .docx 红黄绿灯看板. */
    public static final Dev QINGHE_H = new Dev("qinghe-h", "清河镇", true);
    /** 龙坪乡 with a seventh ledger (魔芋, 乡村旅游, 饮水, 通村客运, 留守儿童…): a 擂台赛 speech, a Traditional letter to residents, a .docx 系统填报导出. */
    public static final Dev LONGPING_G = new Dev("longping-g", "龙坪乡", true);
    /** 石桥镇 with a seventh ledger (个转企, 充电桩, 燃气安全, 互助养老, 控辍保学, 技能培训, 林长制, 改厕…): a 工作汇报PPT's text, a Traditional 调研汇报材料, a .docx 督办事项落实情况反馈表. */
    public static final Dev SHIQIAO_G = new Dev("shiqiao-g", "石桥镇", true);
    /** 清河镇 with a ninth ledger (中药材, 两品一标, 小水库, 增减挂钩, 殡葬改革, 家庭医生, 托育, 养老保险…): a 擂台周报 in weekly increments, a Traditional report to the 镇人大主席团, a .docx reply to a 交办单. */
    public static final Dev QINGHE_I = new Dev("qinghe-i", "清河镇", true);
    /** 龙坪乡 with an eighth ledger (食用菌, 中蜂, 森林康养, 公益林, 乡村医生, 衔接资金, 劝导站, 积分制…): a 考核迎检汇报 with self-assessed scores, a Traditional 乡村振兴简报, a .docx 乡情数据手册 of village rows and a 合计. */
    public static final Dev LONGPING_H = new Dev("longping-h", "龙坪乡", true);
    /** 石桥镇 with an eighth ledger (物流园区, 直播基地, 首贷户, 雨污分流, 背街小巷, 垃圾分类, 网格化, 电诈…): the 镇长's speech at a 调度会, Traditional 网络问政 replies, a .docx 月报表 with indented indicator rows. */
    public static final Dev SHIQIAO_H = new Dev("shiqiao-h", "石桥镇", true);
    /** 清河镇 with a tenth ledger (烘干, 稻渔, 加工园, 立面改造, 卫生院, 薄弱学校, 防返贫, 水保, 燃气, 三资, 动物防疫): a 书记's 党课, a Traditional 请求支持的报告, a .docx exported 台账 with 附注 corrections. */
    public static final Dev QINGHE_J = new Dev("qinghe-j", "清河镇", true);
    /** 龙坪乡 with a ninth ledger (冷水鱼, 非遗工坊, 应急广播, 5G, 野生动物致害, 周转宿舍, 水土流失, 寄递, 农网, 农险, 传统村落): a 院坝会 talk, a Traditional 季度+11月 report, a .docx 督查检查表 of samples and totals. */
    public static final Dev LONGPING_I = new Dev("longping-i", "龙坪乡", true);
    /** 石桥镇 with a ninth ledger (大棚, 标准厂房, 废旧线杆, 路灯, 绿道, 食品安全, 疫苗接种, 扬尘, 自建房, 不动产登记, 新就业群体入会, 健身设施): a 重点工作进展公示, a Traditional 招商推介 article, a .docx 工作专班 summary of small tables. */
    public static final Dev SHIQIAO_I = new Dev("shiqiao-i", "石桥镇", true);
    /** 清河镇 with an eleventh ledger (绿肥, 测土配方, 农机补贴, 产权交易, 粪污, 排涝, 健身, 欠薪, 家宴, 闲置农房, 家庭农场, 村史馆): an 应知应会 问答 handbook, a Traditional 代表接待日 record, a .docx third-party evaluation with 核实值 and 自报值. */
    public static final Dev QINGHE_K = new Dev("qinghe-k", "清河镇", true);
    /** 龙坪乡 with a tenth ledger (猕猴桃, 黑山羊, 松材线虫病, 山洪, 小水电, 乡村工匠, 移风易俗, 地名, 合作社, 林权, 竹产业): a month's 大事记, a Traditional 交接 memo, a .docx short-video script. */
    public static final Dev LONGPING_J = new Dev("longping-j", "龙坪乡", true);
    /** 石桥镇 with a tenth ledger (数字化转型, 外贸, 湿地, 护岸, 充电端口, 犬只, 育儿补贴, 慢病管理, 保障性租赁住房, 控违, 加装电梯, 花卉, 农田林网): a report to the 对口帮扶 unit, a Traditional 通报表扬决定, a .docx 预算绩效运行监控报告. */
    public static final Dev SHIQIAO_J = new Dev("shiqiao-j", "石桥镇", true);
    /** 清河镇 with a twelfth ledger (入市, 池塘改造, 统防统治, 农膜, 矿山修复, 古树, 一事一议, 法治, 育秧, 采砂, 黑臭水体): an e-mail thread with a 数据报送说明, a Traditional 示范乡镇 申报, a .docx 百日会战 战报. */
    public static final Dev QINGHE_L = new Dev("qinghe-l", "清河镇", true);
    /** 石桥镇 with an eleventh ledger (批而未供, 禁捕, 献血, 合格证, 零工驿站, 油烟, 嵌入式服务, 专利, 物业, 建筑垃圾, 生命通道): answers to a 巡察 问题清单, a Traditional 周例会 slide script, a .docx reconciliation of the town's figures with the county departments'. */
    public static final Dev SHIQIAO_K = new Dev("shiqiao-k", "石桥镇", true);
    /** 龙坪乡 with an eleventh ledger (蚕桑, 碳汇, 储备林, 森林督查, 房地一体, 以工代赈, 学生资助, 化肥减量, 公共空间, 闲置校舍): verbatim minutes of a 乡长办公会议, a Traditional 公众号 post with readers' comments, a .docx draft 政府工作报告 with a five-year table. */
    public static final Dev LONGPING_K = new Dev("longping-k", "龙坪乡", true);
    /** 清河镇 with a thirteenth ledger (高新技术企业, 延包试点, 渡改桥, 受污染耕地, AED, HPV, 文物修缮, 就业见习, 二次供水, 农机): a monthly report to the 县委 by its themes, a Traditional 副镇长's own 小结, a .docx 周报 with weekly and yearly columns. */
    public static final Dev QINGHE_M = new Dev("qinghe-m", "清河镇", true);
    /** 龙坪乡 with a twelfth ledger (脱毒马铃薯, 豆玉带复, 核桃, 晚疫病, 征地移民, 安防, 送影下乡, 地力补贴, 村规…): a 一月一报 in shorthand, a Traditional handwritten letter in Chinese numerals, a .docx reply to eleven unseen questions. */
    public static final Dev LONGPING_L = new Dev("longping-l", "龙坪乡", true);
    /** 石桥镇 with a twelfth ledger (龙头企业, 机械化, 水源地, 文明实践站, 工伤保险, 危化品, 卫生村, 老年学校, 城乡书房, 烈士纪念设施): three ordinary reports — a plain 月度工作总结, a Traditional 工作汇报 to the 督查室, a .docx with a 1—10月/11月/1—11月累计 table. */
    public static final Dev SHIQIAO_L = new Dev("shiqiao-l", "石桥镇", true);
    /** 清河镇 with a fourteenth ledger (商贸流通, 莲藕, 土地综合整治, 精神障碍患者, 慈善, 老年人意外伤害保险, 奖励扶助, 水美乡村, 校园安全, 宅基地): three ordinary reports. */
    public static final Dev QINGHE_N = new Dev("qinghe-n", "清河镇", true);
    /** 龙坪乡 with a thirteenth ledger (烤烟, 柑橘, 移民后期扶持, 农业水价, 软弱涣散村, 结核病, 雨露计划, 县域商业, 社区矫正, 12345): three ordinary reports. */
    public static final Dev LONGPING_M = new Dev("longping-m", "龙坪乡", true);
    /** 石桥镇 with a thirteenth ledger (秋粮收购, 清洁取暖, 党组织建设, 流感疫苗, 再生资源, 法律服务, 住房保险, 污水处理, 林业有害生物, 体育赛事): three ordinary reports. */
    public static final Dev SHIQIAO_M = new Dev("shiqiao-m", "石桥镇", true);
    /** 龙坪乡 with a fourteenth ledger (辣椒, 退耕还林, 食品小作坊, 孕前优生检查, 供销社, 营养改善, 村级债务, 医疗救助, 巡察整改, 防雹): three ordinary reports. */
    public static final Dev LONGPING_N = new Dev("longping-n", "龙坪乡", true);
    /** 清河镇 with a fifteenth ledger (杂交水稻制种, 血吸虫病防治, 外来入侵物种, 非法集资, 清欠, 农业普查, 孤儿保障, 废弃沼气池, 葡萄, 堤防). */
    public static final Dev QINGHE_O = new Dev("qinghe-o", "清河镇", true);
    /** 石桥镇 with a fourteenth ledger (葡萄, 建筑业, 户外广告招牌, 血吸虫病, 农业普查, 治超, 儿童健康管理, 文明村镇, 代表建议, 路域环境). */
    public static final Dev SHIQIAO_N = new Dev("shiqiao-n", "石桥镇", true);
    /** 龙坪乡 with a fifteenth ledger (苦荞, 东西部协作, 石漠化, 野生菌中毒, 综治中心, 经济责任审计, 草原补奖, 社工站, 庭院经济, 综合执法). */
    public static final Dev LONGPING_O = new Dev("longping-o", "龙坪乡", true);
    /** 清河镇 with a sixteenth ledger (专精特新, 节能降碳, 特种设备, 职业病危害, 固废危废, 地下水超采, 股改融资, 综合执法, 劳动争议调解, 奶业). */
    public static final Dev QINGHE_P = new Dev("qinghe-p", "清河镇", true);
    /** 石桥镇 with a fifteenth ledger (生姜, 耕地轮作, 科技特派员, 抗旱水源, 放心消费, 医疗废物, 成品油, 家政, 清廉村居, 冬春救助). */
    public static final Dev SHIQIAO_O = new Dev("shiqiao-o", "石桥镇", true);
    /** 龙坪乡 with a sixteenth ledger (刺梨, 板栗, 凝冻灾害, 小微水利, 儿童营养, 冬春救助, 风电服务, 三变改革, 一氧化碳中毒, 村级档案). */
    public static final Dev LONGPING_P = new Dev("longping-p", "龙坪乡", true);
    /** 清河镇 with a seventeenth ledger (糖料蔗, 百香果, 蚊媒传染病, 艾滋病, 人才回引, 督察整改, 民族团结, 万企兴万村, 惠民保, 铁路沿线). */
    public static final Dev QINGHE_Q = new Dev("qinghe-q", "清河镇", true);
    /** 石桥镇 with a sixteenth ledger, ten tasks new to every earlier ledger (see its NOTES.md). */
    public static final Dev SHIQIAO_P = new Dev("shiqiao-p", "石桥镇", true);
    /** 清河镇 with an eighteenth ledger (芦笋, 农田机井, VOCs, 有限空间, 安责险, 危货运输, 非公党建, 反诈, 医保电子凭证, 儿童口腔). */
    public static final Dev QINGHE_R = new Dev("qinghe-r", "清河镇", true);
    /** 龙坪乡 with a seventeenth ledger (花椒, 蓝莓, 包虫病, 削坡建房, 梯田, 特困供养, 山林纠纷, 3A景区, 驻村帮扶, 线路山火). */
    public static final Dev LONGPING_Q = new Dev("longping-q", "龙坪乡", true);
    /** 清河镇 with a nineteenth ledger (酿酒高粱, 酥梨, 小田并大田, 规上服务业, 标准地, 项目储备, 高速征迁, 集中供热, 城乡公交, 校车). */
    public static final Dev QINGHE_S = new Dev("qinghe-s", "清河镇", true);
    /** 石桥镇 with a seventeenth ledger (近视防控, 小学扩建, 课后服务, 家庭养老床位, 残疾人补贴, 出生缺陷, 校车, 粉尘涉爆, 应急救援队, 电子健康卡). */
    public static final Dev SHIQIAO_Q = new Dev("shiqiao-q", "石桥镇", true);
    /** 龙坪乡 with an eighteenth ledger (垃圾堆放点, 野生动物, 涉枪涉爆, 诉源治理, 流动党员, 露营地, 村晚, 旅游市场, 惠企政策, 甜樱桃). */
    public static final Dev LONGPING_R = new Dev("longping-r", "龙坪乡", true);
    /** 清河镇 with a twentieth ledger (群防群治, 村规民约, 未成年人保护, 家庭教育, 寄宿制学校, 全民阅读, 残疾人就业, 独居老人, 民俗文化节, 社区社会组织). */
    public static final Dev QINGHE_T = new Dev("qinghe-t", "清河镇", true);
    /** 石桥镇 with an eighteenth ledger (中小河流, 提灌站, 自然保护区, 珍贵树种, 柴油货车, 空气质量, 肉兔, 脆红李, 森林乡村, 绿色防控). */
    public static final Dev SHIQIAO_R = new Dev("shiqiao-r", "石桥镇", true);
    /** 龙坪乡 with a nineteenth ledger (统计基层基础, 包装饮用水, 一村一品, 以旧换新, 乡村运营, 综合运输服务站, 平交路口, 农村摩托车, 非煤矿山, 工贸标准化). */
    public static final Dev LONGPING_S = new Dev("longping-s", "龙坪乡", true);
    /** 清河镇 with a twenty-first ledger (小麦良种, 高油酸花生, 蛋鸡, 入户道路, 空心房, 四小园, 焊工劳务品牌, 来料加工, 劳务合作社, 村庄亮化). */
    public static final Dev QINGHE_U = new Dev("qinghe-u", "清河镇", true);
    /** 石桥镇 with a nineteenth ledger (供水管网漏损, 房地产, 施工安全, 市民化, 过境公路, 预防性养护, 涉企诉求, 社会信用, 乡贤回归, 利用外资). */
    public static final Dev SHIQIAO_S = new Dev("shiqiao-s", "石桥镇", true);
    /** 龙坪乡 with a twentieth ledger (脑卒中筛查, 尘肺病, 婚检, 碘缺乏病, 长护险, 农村用电, 防灾减灾, 九小场所, 增殖放流, EOD项目). */
    public static final Dev LONGPING_T = new Dev("longping-t", "龙坪乡", true);
    /** 清河镇 with a twenty-second ledger (商贸综合体, 夜间经济, 预付卡, 政府债务, 国有资产, 零散税源, 三公经费, 竣工决算, 产销对接, 民间投资). */
    public static final Dev QINGHE_V = new Dev("qinghe-v", "清河镇", true);
    /** 石桥镇 with a twentieth ledger (无废乡村, 污水设施运维, 取用水, 农村供水管护, 小型水库, 森林采伐, 山苍子, 甘薯, 集约化育苗, 农药监管). */
    public static final Dev SHIQIAO_T = new Dev("shiqiao-t", "石桥镇", true);
    /** 龙坪乡 with a twenty-first ledger (低保边缘, 困境儿童, 体质健康, 直饮水, 上消化道癌, 认知障碍, 婚姻家庭纠纷, 重点青少年, 三合一场所, 农房质量). */
    public static final Dev LONGPING_U = new Dev("longping-u", "龙坪乡", true);
    /** 清河镇 with a twenty-third ledger (警务室, 流浪乞讨救助, 文化服务中心, 非遗, 社会体育指导员, 智慧教育, 中职招生, 城乡居民养老保险, 劳务经纪人, 农民夜校). */
    public static final Dev QINGHE_W = new Dev("qinghe-w", "清河镇", true);
    /** 石桥镇 with a twenty-first ledger (园区污水, 智改数转, 亩均论英雄, 飞地园区, 返乡创业孵化园, 投产达效, 跨境电商, 品牌质量, 数字经济, 园区安全). */
    public static final Dev SHIQIAO_U = new Dev("shiqiao-u", "石桥镇", true);
    /** 龙坪乡 with a twenty-second ledger (青菜头, 林下生态鸡, 天然林, 油橄榄, 宜居农房, 乡村建设规划许可, 帮扶项目资产, 到户产业奖补, 防贫保险, 农家乐消防). */
    public static final Dev LONGPING_V = new Dev("longping-v", "龙坪乡", true);

    /** 清河镇 with a twenty-fourth ledger (农业产业强镇, 绿色种养循环, 白鹅, 农产品质量安全网格, 河蟹, 人畜分离, 村庄清洁, 孝善基金, 志愿服务, 共富工坊). */
    public static final Dev QINGHE_X = new Dev("qinghe-x", "清河镇", true);

    /** 石桥镇 with a twenty-second ledger (就业援助, 社保扩面, 和谐劳动关系, 慢阻肺, 门诊慢特病, 日间照料, 养老护理员, 惠民惠农一卡通, 托班, 健康促进乡镇). */
    public static final Dev SHIQIAO_V = new Dev("shiqiao-v", "石桥镇", true);

    /** 龙坪乡 with a twenty-third ledger (连片村寨火灾, 应急物资储备库, 防雷减灾, 养老机构安全, 扫黑除恶, 寄递渠道, 村务监督委员会, 智慧安防小区, 一标三实, 天麻). */
    public static final Dev LONGPING_W = new Dev("longping-w", "龙坪乡", true);

    /** 清河镇 with a twenty-fifth ledger (石材加工, 设备更新, 米粉产业, 石材产业园二期, 用地报批, 暂付款, 非税收入, 整村授信, 数字人民币, 涉企检查). */
    public static final Dev QINGHE_Y = new Dev("qinghe-y", "清河镇", true);

    /** 石桥镇 with a twenty-third ledger (生态清洁小流域, 河湖划界, 水土保持监管, 排污许可, 尾矿库闭库, 垃圾填埋场封场, 乱占耕地建房, 土地收储, 棚户区改造, 历史文化名镇). */
    public static final Dev SHIQIAO_W = new Dev("shiqiao-w", "石桥镇", true);

    /** 龙坪乡 with a twenty-fourth ledger (少年宫, 心理健康, 白内障复明, 医养结合, 计生特殊家庭, 文物普查, 村志, 文创产品, 旅游公共服务, 温泉康养). */
    public static final Dev LONGPING_X = new Dev("longping-x", "龙坪乡", true);

    /** 清河镇 with a twenty-sixth ledger (两委换届, 联户长, 公租房, 博爱家园, 劳动教育基地, 午休躺睡, 乡村教师, 丙肝, 家庭病床, 健康小屋). */
    public static final Dev QINGHE_Z = new Dev("qinghe-z", "清河镇", true);

    /** 石桥镇 with a twenty-fourth ledger (肉牛, 杨梅, 农技推广, 单产提升, 保障性苗圃, 生态廊道, 水库雨水情测报, 幸福河湖, 和美乡村, 公共基础设施管护). */
    public static final Dev SHIQIAO_X = new Dev("shiqiao-x", "石桥镇", true);

    /** 龙坪乡 with a twenty-fifth ledger (预制菜, 富硒, 生漆, 闲置厂房, 异地商会, 漂流景区, 红色教育培训, 山地户外运动, 乡村特色餐饮, 地理标志). */
    public static final Dev LONGPING_Y = new Dev("longping-y", "龙坪乡", true);

    /** 清河镇 with a twenty-seventh ledger (水肥一体化, 兽用抗菌药减量, 地方畜禽品种, 休闲渔业, 低效林改造, 森林保险, 堰坝生态化, 小水利物业化管护, 环境风险隐患, 生态产品价值). */
    public static final Dev QINGHE_ZA = new Dev("qinghe-za", "清河镇", true);

    /** 石桥镇 with a twenty-fifth ledger (学校体育场地开放, 教育发展基金, 无烟环境, 布病, 村卫生室公有化, 助浴, 失能老人消费补贴, 家门口就业服务站, 新型学徒制, 学校传染病防控). */
    public static final Dev SHIQIAO_Y = new Dev("shiqiao-y", "石桥镇", true);

    /** 龙坪乡 with a twenty-sixth ledger (重大事故隐患, 自用船舶, 村级牌子清理, 行政应诉, 四议两公开, 村干部学历提升, 党组织领办合作社, 困难党员关爱, 村级财务, 财政存量资金). */
    public static final Dev LONGPING_Z = new Dev("longping-z", "龙坪乡", true);

    /** 清河镇 with a twenty-eighth ledger (入库纳统, 增资扩产, 转供电加价, 高效办成一件事, 超长期国债, 专项债, 签而未建, 信易贷, 规上稳产, 个体工商户). */
    public static final Dev QINGHE_ZB = new Dev("qinghe-zb", "清河镇", true);

    /** 石桥镇 with a twenty-sixth ledger (社会足球场地, 青少年游泳, 综合文化站, 乡村旅游重点村, 戏曲进乡村, 界线联检, 时间银行, 田野文物, 脊柱侧弯筛查, 特殊教育). */
    public static final Dev SHIQIAO_Z = new Dev("shiqiao-z", "石桥镇", true);

    /** 龙坪乡 with a twenty-seventh ledger (光伏帮扶电站, 联农带农, 三保障清零, 黄牛冷配, 土地承包纠纷, 尾菜利用, 砖瓦窑关停, 生态环境信访, 便民桥, 三线规整). */
    public static final Dev LONGPING_ZA = new Dev("longping-za", "龙坪乡", true);

    /** 清河镇 with a twenty-ninth ledger (老年人能力评估, 医保基金监管, 学校卫生保健, 零就业家庭, 跨省务工交通补助, 母婴室, 教师家访, 城乡居民养老保险代缴, 企业用工保障, 爱心超市). */
    public static final Dev QINGHE_ZC = new Dev("qinghe-zc", "清河镇", true);

    /** 石桥镇 with a twenty-seventh ledger (清洁生产, 鞋服加工, 中央预算内投资, 项目前期, 彩钢板建筑, 涉氨制冷, 小微企业专家指导, 灾害信息员, 应急预案和演练, 人员密集场所疏散). */
    public static final Dev SHIQIAO_ZA = new Dev("shiqiao-za", "石桥镇", true);

    /** 龙坪乡 with a twenty-eighth ledger (避暑旅居康养, 旅游精品线路, 村级文化广场, 森林防火设施, 木材经营加工, 厚朴杜仲, 农民用水户协会, 防汛抢险, 村民说事, 户籍核查). */
    public static final Dev LONGPING_ZB = new Dev("longping-zb", "龙坪乡", true);

    /** 清河镇 with a monthly report by task, a Traditional 1—11月总结, and a .docx report with two attached tables (a 11月末累计完成 table and a harm table). */
    public static final Dev QINGHE_ZD = new Dev("qinghe-zd", "清河镇", true);

    /** 石桥镇 with a monthly report by task, a Traditional 工作总结, and a .docx 年底完成预判表 whose 累计完成情况 spans 9月30日/10月31日/11月30日. */
    public static final Dev SHIQIAO_ZB = new Dev("shiqiao-zb", "石桥镇", true);

    /** 龙坪乡 with a 一是…十是 monthly report, a Traditional 工作总结, and a .docx table of 数据来源 and 系统数/核减数/报送累计数. */
    public static final Dev LONGPING_ZC = new Dev("longping-zc", "龙坪乡", true);

    /** 清河镇 with a monthly report by field, a Traditional reply to a 督办通知, and a .docx 12月冲刺倒排表 with 尚需完成, three December dates and 风险等级. */
    public static final Dev QINGHE_ZE = new Dev("qinghe-ze", "清河镇", true);

    /** 石桥镇 with a monthly report by field, a Traditional year-end speech, and a .docx county template with a pre-filled 填报口径 column and 镇填报情况 over 截至11月30日累计 | 其中：11月 | 情况说明. */
    public static final Dev SHIQIAO_ZC = new Dev("shiqiao-zc", "石桥镇", true);

    /** 龙坪乡 with a monthly report by field, a Traditional 调度会 speech, and a .docx 统计站 analysis whose table groups 11月 and 1—11月累计 each over 本年 | 上年 | 同比. */
    public static final Dev LONGPING_ZD = new Dev("longping-zd", "龙坪乡", true);

    /** 清河镇 with a monthly report by task, a Traditional 社会事务办 工作总结, and a .docx form with 截至11月30日完成情况 (累计完成 | 完成率) beside the year's funding and beneficiaries. */
    public static final Dev QINGHE_ZF = new Dev("qinghe-zf", "清河镇", true);

    /** 石桥镇 with a monthly report by task, a Traditional reply to a 督办单, and a .docx template setting 单位报送数 beside 镇核定累计数 | 其中：11月 | 核定说明 under 截至11月30日. */
    public static final Dev SHIQIAO_ZD = new Dev("shiqiao-zd", "石桥镇", true);

    /** 龙坪乡 with a monthly report by task, a Traditional reply to a 督办通知, and a .docx table that follows each figure up the chain (村上报 | 乡站所审核 | 县行业部门确认) beside a 台账填报数 column. */
    public static final Dev LONGPING_ZE = new Dev("longping-ze", "龙坪乡", true);

    /** 清河镇 with a tenth batch written blind (信访维稳、法治建设、平安建设、禁毒; a .docx 三张清单 progress table). */
    public static final Dev QINGHE_ZG = new Dev("qinghe-zg", "清河镇", true);

    /** 石桥镇 with a tenth batch written blind (市场监管、食品安全、消防安全、城乡环卫; a .docx register of supporting papers with a tick matrix). */
    public static final Dev SHIQIAO_ZE = new Dev("shiqiao-ze", "石桥镇", true);

    /** 龙坪乡 with a tenth batch written blind (科技创新、数字乡村、金融服务、统计调查; a .docx 数据报送确认表 with a 口径 check column). */
    public static final Dev LONGPING_ZF = new Dev("longping-zf", "龙坪乡", true);

    /** 清河镇 with an eleventh batch written blind (纪检监察、巡察整改、作风建设、清廉村居; a .docx 两个责任 sheet). */
    public static final Dev QINGHE_ZH = new Dev("qinghe-zh", "清河镇", true);

    /** 石桥镇 with an eleventh batch written blind (统战民族宗教、工会、共青团、妇联; a .docx of node targets beside actuals). */
    public static final Dev SHIQIAO_ZF = new Dev("shiqiao-zf", "石桥镇", true);

    /** 龙坪乡 with an eleventh batch written blind (住房保障、物业管理、危旧房改造、不动产登记; a .docx 自查核实表 with 抽查 columns). */
    public static final Dev LONGPING_ZG = new Dev("longping-zg", "龙坪乡", true);

    /** 清河镇 with a twelfth batch written blind (文物保护、非遗传承、档案史志、地名管理; a .docx with 保底/争先 targets and 2025年同期). */
    public static final Dev QINGHE_ZI = new Dev("qinghe-zi", "清河镇", true);

    /** 石桥镇 with a twelfth batch written blind (国防动员、民兵整组、征兵、双拥优抚; a .docx grouped by spanning section rows, not in ledger order). */
    public static final Dev SHIQIAO_ZG = new Dev("shiqiao-zg", "石桥镇", true);

    /** 龙坪乡 with a twelfth batch written blind (粮食收储、农资市场、农机安全、农产品质量安全; a .docx with a 全乡底数 column). */
    public static final Dev LONGPING_ZH = new Dev("longping-zh", "龙坪乡", true);

    /** 清河镇 with a weather, earthquake and civil-defence, power, telecom and post batch (November 2026). */
    public static final Dev QINGHE_ZJ = new Dev("qinghe-zj", "清河镇", true);

    /** 石桥镇 with a village-library, broadcasting, fitness and meals-for-the-elderly batch (November 2026). */
    public static final Dev SHIQIAO_ZH = new Dev("shiqiao-zh", "石桥镇", true);

    /** 龙坪乡 with an illegal-building, business-environment, wetland and soil-conservation batch (November 2026). */
    public static final Dev LONGPING_ZI = new Dev("longping-zi", "龙坪乡", true);

    /** 清河镇 with a funeral-reform, cemetery, resettler-support and charity batch (November 2026). */
    public static final Dev QINGHE_ZK = new Dev("qinghe-zk", "清河镇", true);

    /** 石桥镇 with a forest-chief, forest-protection, pine-wilt and old-tree batch (November 2026). */
    public static final Dev SHIQIAO_ZI = new Dev("shiqiao-zi", "石桥镇", true);

    /** 龙坪乡 with a rural-bus, delivery, road-safety, road-maintenance and overload batch (November 2026). */
    public static final Dev LONGPING_ZJ = new Dev("longping-zj", "龙坪乡", true);

    /** 清河镇 with blood donation, e-bike charging, preschool places and youth work (once-y7): a monthly report, the 镇长's speech in Traditional characters and a .docx 计划执行情况表 whose cumulative figures sit in its remarks column. */
    public static final Dev QINGHE_ZL = new Dev("qinghe-zl", "清河镇", true);

    /** 龙坪乡 with rapeseed, edible fungi, flowers and grain yields (once-y9): a 一是…十是 monthly report, a Traditional 通报 to the villages and a .docx 统计月报表 with a code row and 本月/本年累计 columns. */
    public static final Dev LONGPING_ZK = new Dev("longping-zk", "龙坪乡", true);

    /** 石桥镇 with dust, cooking fumes, open burning, waste, outfalls and noise (once-y8): a 一是…十是 monthly report, a Traditional 工作总结 and a .docx whose value cells hold two indicators each (①…；②…) beside 10月末已报 and 距年度目标尚差. */
    public static final Dev SHIQIAO_ZJ = new Dev("shiqiao-zj", "石桥镇", true);

    /** 清河镇 with hazardous chemicals, fireworks, special equipment and gas checks (once-y10): a 一是/二是 report by field, the 镇长's Traditional report to a county 督导组 and a .docx 核查表 giving each indicator a row of the month and a row 累计进展： in words. */
    public static final Dev QINGHE_ZM = new Dev("qinghe-zm", "清河镇", true);

    /** 石桥镇 with family-planning support, births and infant care, the 关工委 and women's screening (once-y11): a report by field, a Traditional 督办 reply and a .docx 调度表 of two tables, targets written 目标：152万元 beside 本月 and 本年累计, then the spot-check's 问题整改. */
    public static final Dev SHIQIAO_ZK = new Dev("shiqiao-zk", "石桥镇", true);

    /** 龙坪乡 with small-town toilets, transfer station, lights, greening, market, parking and sewers (once-y12): a report by field, the 乡长's Traditional 调度会 speech and a .docx project progress table (总投资 | 2026年计划投资 | 开工以来累计 | 今年1—11月 | 其中：11月 | 形象进度). */
    public static final Dev LONGPING_ZL = new Dev("longping-zl", "龙坪乡", true);

    /** 清河镇 with anti-fraud, drugs, community corrections and legal aid (once-y13): a monthly report, a Traditional 平安法治工作简报 and a .docx index of supporting documents (佐证材料目录及数据摘录表) whose rows are documents, each quoting its figure and naming the ledger's indicator it backs. */
    public static final Dev QINGHE_ZN = new Dev("qinghe-zn", "清河镇", true);

    /** 石桥镇 with science popularisation, fitness, cultural shows and library branches (once-y14): a monthly report, a Traditional 文体科普工作简报 and a .docx 逐笔登记簿: one row per November event in date order, each naming the indicator it counts for (5-1), its amount and the running total (滚动累计). */
    public static final Dev SHIQIAO_ZL = new Dev("shiqiao-zl", "石桥镇", true);

    /** 龙坪乡 with customs reform, funerals and cemeteries, civilisation stations and volunteering, village rules (once-y15): a monthly report, the 党委书记's Traditional speech at a county meeting and a .docx 包保责任落实情况表 grouped by leader, a task's two indicators ①② in one cell, 10月31日已核定 / 11月30日累计 / 其中：11月. */
    public static final Dev LONGPING_ZM = new Dev("longping-zm", "龙坪乡", true);

    /** 清河镇 with the grid and chargers, 5G and broadband, digital village and one-stop government services (once-y16): a monthly report, the 镇长's Traditional speech at a county meeting and a .docx turned on its side: an indicator a column, a week a row (10月31日已核定, 11月第1周…第4周, 11月合计, 11月30日累计), two tables of ten. */
    public static final Dev QINGHE_ZO = new Dev("qinghe-zo", "清河镇", true);

    /** 石桥镇 with veterans' services, military registration, militia and 双拥 (once-y17): a monthly report, the 镇长's Traditional speech at the town's winter meeting and a .docx grouped by the people served, each group's row giving its base count, a column 对应台账 (任务N·指标M) naming each row's indicator. */
    public static final Dev SHIQIAO_ZM = new Dev("shiqiao-zm", "石桥镇", true);

    /** 龙坪乡 with small reservoirs and ponds, stream dredging, soil erosion and flash-flood warning (once-y18): a monthly report, the 乡长's Traditional 汇报发言 and a .docx of two panels side by side (tasks 1–5 | tasks 6–10), each with 编号 | 指标名称（计量单位）| 全年目标 | 本月新增 | 截至11月末累计, footnotes ①–⑨ in a 说明. */
    public static final Dev LONGPING_ZN = new Dev("longping-zn", "龙坪乡", true);

    /** 清河镇 with wage arrears and labour mediation, labour inspection, flexible workers' insurance and work-injury prevention (once-y19): a monthly report, a Traditional 劳动保障工作简报 and a .docx grouped by November's nine 专项行动, each campaign's cells merged over the indicator rows it drives (1-1), with 本月新增 | 截至11月30日累计 and units in the cells. */
    public static final Dev QINGHE_ZP = new Dev("qinghe-zp", "清河镇", true);

    /** 石桥镇 with self-employed businesses and brands, weights and prices, small eateries and food workshops, consumer rights (once-y20): a monthly report, the 镇长's Traditional 汇报发言 at a county 督导座谈会 and a .docx pipeline table: each indicator's cases at ①受理 ②办理 ③待验收, beside 计入台账累计 and 不计入台账事项及数量. */
    public static final Dev SHIQIAO_ZN = new Dev("shiqiao-zn", "石桥镇", true);

    /** 龙坪乡 with child-protection stations and left-behind children, children in difficulty, orphans and child-friendly spaces (once-y21): a monthly report, a Traditional 工作简报 and a .docx of two tables: children by type against services (1—11月累计 | 其中：11月, a 合计 row), then one row per service site. */
    public static final Dev LONGPING_ZO = new Dev("longping-zo", "龙坪乡", true);

    /** 清河镇 with farmland balance and illegal occupation, permanent basic farmland, high-standard farmland upkeep and small irrigation works (once-y22): a monthly report, the 镇长's Traditional 汇报发言 at a county meeting and a .docx 挂图作战进度图: a row per work stage, the months' columns holding only status marks (●◐○×—), the figures only in 截至11月30日完成情况（数据） in words. */
    public static final Dev QINGHE_ZQ = new Dev("qinghe-zq", "清河镇", true);

    /** 石桥镇 with street vending and billboards, construction waste, property management and illegal building (once-y23): a monthly report, a Traditional reply to a county 督办通知 and a .docx sorted into 进度档次 by completion rate, each cell giving the total and the month's part (135户（其中11月17户）). */
    public static final Dev SHIQIAO_ZO = new Dev("shiqiao-zo", "石桥镇", true);

    /** 龙坪乡 with heritage sites, traditional villages, ancient trees and heritage workshops (once-y24): a monthly report, a Traditional 简报 and a .docx of four blocks, one per field, each with its own header row, a row per protected thing and a 乡合计 row with the township's figures. */
    public static final Dev LONGPING_ZP = new Dev("longping-zp", "龙坪乡", true);

    /** 清河镇 with statistics surveys, grain purchase and reserves, weather disaster defence and market entities' annual reports and credit repair (once-y25): a monthly report, a Traditional 工作简报 and a .docx 进度排名表: rows ranked by completion rate with last month's rank, a ledger code (5-2), the year's target, the cumulative value with its unit in the cell, a text bar of ■□ and merged rows for 正向指标, 控制类指标 and 待核. */
    public static final Dev QINGHE_ZR = new Dev("qinghe-zr", "清河镇", true);

    /** 石桥镇 with bottled gas safety, e-bike charging and parking, special equipment and school-route safety (once-y26): a monthly report, the 镇长's Traditional speech at a winter work-safety meeting and a .docx 督办表 of two meetings' decisions: a row per 议定事项, its 落实情况 in free text holding one or two indicators' figures (①②) and a 关联台账指标 column. */
    public static final Dev SHIQIAO_ZP = new Dev("shiqiao-zp", "石桥镇", true);

    /** 龙坪乡 with forest economy and herbs, tea gardens and tea processing, camellia oil forest renewal and edible fungi (once-y27): a monthly report, the 乡长's Traditional talk at a county meeting and a .docx matrix of industries by stage of the chain (种苗和基地 | 加工 | 销售和品牌 | 联农带农 | 安全和质量底线 | 薄弱环节), each cell sentences with figures of several tasks and excluded ones in brackets. */
    public static final Dev LONGPING_ZQ = new Dev("longping-zq", "龙坪乡", true);

    /** 清河镇 with collective assets and village finance, homestead approval and idle houses, land transfer and farming at scale and rural property trading (once-y28): a monthly report, a Traditional reply to a 督办通知 and a .docx 登记表 grouped under the county body that confirms each figure, with a merged 县级部门确认 heading over 确认结果 | 确认人 | 确认日期 and a 不计入事项（数量） column. */
    public static final Dev QINGHE_ZS = new Dev("qinghe-zs", "清河镇", true);

    /** 石桥镇 with gig markets and employment services, start-up loans, graduates' traineeships and skills rating (once-y29): a monthly report, the 镇长's Traditional 汇报 to a county 人大 inspection and a .docx calendar of November (周次 | 星期一…星期日, each day's events with partial figures) over a shaded 11月末台账数据 band of prose cells. */
    public static final Dev SHIQIAO_ZQ = new Dev("shiqiao-zq", "石桥镇", true);

    /** 龙坪乡 with village clinics and doctors, family doctors and chronic disease care, maternal and child health and basic public health (once-y30): a monthly report, a Traditional 简报 and a .docx table in four sections by kind of indicator, each with its own header row (数量类 已核定/新增/累计; 比率类 分母/分子/比率/上年同期; 资金类 今年累计/其中11月/开工以来累计; 底线类 控制上限/今年累计发生). */
    public static final Dev LONGPING_ZR = new Dev("longping-zr", "龙坪乡", true);

    /** 清河镇 with 低保/特困, 残疾人两项补贴, 居家养老和助餐, 临时救助 — a 11月 report, a 镇长's speech (Traditional) and a .docx 政策落实情况统计表 by policy item with 在册/本年新增/资金 columns; written blind. */
    public static final Dev QINGHE_ZT = new Dev("qinghe-zt", "清河镇", true);

    /** 石桥镇 with 民宿和乡村旅游, 农村电商和快递, 品牌认证, 农贸市场 — a 11月 report, a 镇长's speech (Traditional) and a .docx 核定表 with a row per data source and merged cells; written blind. */
    public static final Dev SHIQIAO_ZR = new Dev("shiqiao-zr", "石桥镇", true);

    /** 龙坪乡 with 地质灾害, 森林防火和林长制, 松材线虫病, 野生动物保护 — a 11月 report, a 简报 (Traditional) and a .docx grouped by 责任人 with 春防期/汛期/10月/11月 columns; written blind. */
    public static final Dev LONGPING_ZS = new Dev("longping-zs", "龙坪乡", true);

    /** 清河镇 with 农村供水, 生活污水, 垃圾分类, 村庄清洁 — a 11月 report, a 副镇长's report to a county 人大 inspection (Traditional) and a .docx 全县对标分析表 with the town's figures beside the county's; written blind. */
    public static final Dev QINGHE_ZU = new Dev("qinghe-zu", "清河镇", true);

    /** 石桥镇 with 控辍保学和资助, 学前教育和托育, 少年宫和课后服务, 教师和校园安全 — a 11月 report, a reply to a 督办件 (Traditional) and a .docx split by school term; written blind. */
    public static final Dev SHIQIAO_ZS = new Dev("shiqiao-zs", "石桥镇", true);

    /** 龙坪乡 with 粪污资源化利用, 强制免疫, 生猪和肉牛, 水产和渔政 — a 11月 report, a 乡长's speech (Traditional) and a .docx by species with a 合计 row; written blind. */
    public static final Dev LONGPING_ZT = new Dev("longping-zt", "龙坪乡", true);

    /** 清河镇 with 退役军人服务站和走访, 双拥和光荣之家, 困难退役军人帮扶, 退役士兵就业 — a 11月 report, a 工作简报 (Traditional) and a .docx grouped by counting basis with raw records beside the counted figure; written blind. */
    public static final Dev QINGHE_ZV = new Dev("qinghe-zv", "清河镇", true);

    /** 石桥镇 with 便民服务中心和代办点, 高效办成一件事, 12345热线, 村级组织减负 — a 11月 report, a 党委书记's speech (Traditional) and a .docx splitting each figure by service channel; written blind. */
    public static final Dev SHIQIAO_ZT = new Dev("shiqiao-zt", "石桥镇", true);

    /** 龙坪乡 with 农网和用电, 基站和宽带, 农村公路和客运, 水库移民后扶 — a 11月 report, a 汇报 to a 人大 inspection group (Traditional) and a .docx with a block of rows per indicator, one per implementing body, and a 小计 row; written blind. */
    public static final Dev LONGPING_ZU = new Dev("longping-zu", "龙坪乡", true);

    /** 清河镇 with 新时代文明实践, 移风易俗, 农家书屋和送戏下乡, 全民健身 — a 11月 report, a 镇长's speech (Traditional) and a .docx with rows per 片区 under each indicator and a 全镇合计（计入台账） row; written blind. */
    public static final Dev QINGHE_ZW = new Dev("qinghe-zw", "清河镇", true);

    /** 石桥镇 with 人民调解, 信访积案, 公共法律服务, 禁毒和社区矫正 — a 11月 report, a radio interview (Traditional) and a .docx with three dated checkpoints of 节点目标 | 实绩 per row; written blind. */
    public static final Dev SHIQIAO_ZU = new Dev("shiqiao-zu", "石桥镇", true);

    /** 龙坪乡 with 撂荒地和粮油生产, 农机和烘干, 统防统治, 农业保险和防灾 — a 11月 report, a 简报 (Traditional) and a .docx of service lines grouped by farming stage (耕种管收烘保防); written blind. */
    public static final Dev LONGPING_ZV = new Dev("longping-zv", "龙坪乡", true);

    /** 石桥镇 with 工会服务站和职工之家, 两癌筛查和巾帼创业, 青年之家, 科普和农技协 — a 11月 report, a reply to a 督办件 (Traditional) and a .docx with the four reporting organisations as columns, each indicator's figure in its own organisation's column; written blind. */
    public static final Dev SHIQIAO_ZV = new Dev("shiqiao-zv", "石桥镇", true);

    /** 龙坪乡 with 招商引资和项目落地, 规上工业培育, 标准厂房和用地, 营商环境和惠企政策 — a 11月 report, a 乡党委书记's speech (Traditional) and a .docx with rows by a project's life-cycle stage, 流入/流出 between two dated totals and a 台账对应 column; written blind. */
    public static final Dev LONGPING_ZW = new Dev("longping-zw", "龙坪乡", true);

    /** 清河镇 with 应急队伍和物资, 风险隐患排查, 防汛演练和转移避险, 应急广播和预警 — a 11月 report, a 简报 (Traditional) and a .docx grouping indicators by capability (人/物/技/制) with 核定情况 over 截至11月30日 | 计量单位 | 较10月末; written blind. */
    public static final Dev QINGHE_ZX = new Dev("qinghe-zx", "清河镇", true);

    /** 清河镇 with 城乡居民医保参保, 养老保险扩面和待遇, 防返贫监测和帮扶, 衔接资金项目和扶贫资产 — a 11月 report, a reply to a 督办件 (Traditional) and a .docx handover list (岗位交接清单) grouping rows by the system the figure lives in, 移交人填报 and 接收人复核 under one spanning 截至11月30日 heading, excluded amounts in 遗留事项; written blind. */
    public static final Dev QINGHE_ZY = new Dev("qinghe-zy", "清河镇", true);

    /** 石桥镇 with 老旧小区和背街小巷, 农村危房和农房抗震, 污水管网和雨污分流, 环卫一体化和公厕 — a 11月 report, a reply to a 督办件 (Traditional) and a .docx by work-process stage (节点一/二/三 under 工序节点完成情况), the figure in a 计入台账节点 cell with the month's increment in brackets; written blind. */
    public static final Dev SHIQIAO_ZW = new Dev("shiqiao-zw", "石桥镇", true);

    /** 龙坪乡 with 合作社和家庭农场, 高素质农民培训, 冷藏保鲜和仓储, 科技示范基地和良种 — a 11月 report, a 简报 (Traditional) and a .docx with each indicator a block of county verification batches as rows (本批核定, 滚动累计), its cells merged down the block; written blind. */
    public static final Dev LONGPING_ZX = new Dev("longping-zx", "龙坪乡", true);

    /** 清河镇 with 食品安全包保督导, 农村集体聚餐和小餐饮, 药品零售和医疗器械, 农产品质量安全和合格证 — a 11月 report, a 简报 (Traditional) and a .docx grid of progress classes (绿/蓝/黄/红/灰) by indicator types (数量类/比率类/资金类/控制类), each cell holding several indicators of different tasks separated by ；, each with its share of target in brackets; written blind. */
    public static final Dev QINGHE_ZZ = new Dev("qinghe-zz", "清河镇", true);

    /** 石桥镇 with 秸秆利用和禁烧, 农药化肥减量, 河湖长制和水系连通, 大气污染和扬尘 — a 11月 report, a 镇长's speech (Traditional) and a .docx 数据会签单 grouped by the county department that co-signs, each task row with two cells naming an indicator and its figure (秸秆青贮饲料化利用量：3915吨); written blind. */
    public static final Dev SHIQIAO_ZX = new Dev("shiqiao-zx", "石桥镇", true);

    /** 龙坪乡 with 人口监测和生育支持, 托育, 计生特殊家庭扶助, 老年健康和医养结合 — a 11月 report, a 乡政府办's 通报 (Traditional) and a .docx of two tables: by 家庭医生团队 with 全乡合计, each cell two figures (累计（+11月新增）, 人数（率%）), and by 服务阵地 with 截至11月30日 | 其中：11月 | 2025年同期; written blind. */
    public static final Dev LONGPING_ZY = new Dev("longping-zy", "龙坪乡", true);

    /** 清河镇 with 高标准农田和农田水利, 耕地“非粮化”整治, 土地流转, 设施农业用地 — a 11月 报告, a 镇长's interview (Traditional) and a .docx 实绩考核自评对照表 whose rows are assessment clauses holding indicators ①/② (many to many) beside 分值 and 自评得分; written blind. */
    public static final Dev QINGHE_ZZA = new Dev("qinghe-zza", "清河镇", true);

    /** 石桥镇 with 消防和电动自行车充电, 燃气安全, 道路交通和“两客一危”, 校园周边安全 — a 11月 报告, a 安委会 全体会议纪要 (Traditional) and a .docx of a table by supervised object with indicators named only by code (6-1) under a two-row merged header, and a second table with 上年同期; written blind. */
    public static final Dev SHIQIAO_ZY = new Dev("shiqiao-zy", "石桥镇", true);

    /** 龙坪乡 with 村级集体经济和“飞地抱团”, 集体资产清查和产权交易, 就业帮扶车间和劳务协作, 消费帮扶 — a 11月 报告, a 乡长's 汇报发言 (Traditional) and a .docx of one table in four sections by indicator type (总量/比率/节点/控制), each with its own header; written blind. */
    public static final Dev LONGPING_ZZ = new Dev("longping-zz", "龙坪乡", true);

    /** 清河镇 with 宅基地和农房审批, 村庄规划和风貌, 集体经营性建设用地入市, 不动产登记 — a 11月 报告, a reply to a 县人大代表建议 (Traditional) and a .docx 计数凭证编号段核对表 (each indicator's serial-number range, 已出具, 剔除, 计入台账累计); written blind. */
    public static final Dev QINGHE_ZZB = new Dev("qinghe-zzb", "清河镇", true);

    /** 石桥镇 with 学校标准化建设, 营养改善和食堂, 校外培训治理, 留守儿童和控辍保学 — a 11月 报告, an open letter to parents (Traditional) and a .docx whose rows are grouped by unit of measure, tasks named only as （任务N）; written blind. */
    public static final Dev SHIQIAO_ZZ = new Dev("shiqiao-zz", "石桥镇", true);

    /** 龙坪乡 with 森林防灭火, 林下经济和中药材, 古树名木, 护林员和天然林 — a 11月 报告, a 林长 述职报告 (Traditional) and a .docx of three sub-tables by kind of number (flows, stocks, harms), rows grouped under each 乡级林长; written blind. */
    public static final Dev LONGPING_ZZA = new Dev("longping-zza", "龙坪乡", true);

    /** The hundred-and-fifty-sixth blind batch (清河镇, 人居环境整治提升): a monthly report, a 红黑榜 通报 in Traditional characters, and a .docx of paired task cards. */
    public static final Dev QINGHE_ZZC = new Dev("qinghe-zzc", "清河镇", true);

    /** The hundred-and-fifty-seventh blind batch (石桥镇, 医保征缴和健康乡村): a monthly report, a 人大主席团 视察报告 in Traditional characters, and a sideways .docx grouped by field. */
    public static final Dev SHIQIAO_ZZA = new Dev("shiqiao-zza", "石桥镇", true);

    /** The hundred-and-fifty-eighth blind batch (龙坪乡, 四好农村路和客运物流): a monthly report, a 工作简报 in Traditional characters, and a .docx by road route and bus line. */
    public static final Dev LONGPING_ZZB = new Dev("longping-zzb", "龙坪乡", true);

    /** The hundred-and-fifty-ninth blind batch (清河镇, 农产品质量安全和农业执法): a monthly report, a 整改情况报告 in Traditional characters, and a .docx grouped by the law each duty comes from. */
    public static final Dev QINGHE_ZZD = new Dev("qinghe-zzd", "清河镇", true);

    /** The hundred-and-sixtieth blind batch (石桥镇, 文明实践和文化惠民): a monthly report, a 党委书记's speech in Traditional characters, and a .docx crossing fields with progress status. */
    public static final Dev SHIQIAO_ZZB = new Dev("shiqiao-zzb", "石桥镇", true);

    /** The hundred-and-sixty-first blind batch (龙坪乡, 防汛抗旱和水利): a monthly report, a 考核自查报告 in Traditional characters, and a .docx reconciliation table with an equation column. */
    public static final Dev LONGPING_ZZC = new Dev("longping-zzc", "龙坪乡", true);

    /** The hundred-and-sixty-second blind batch (清河镇, 财政收支和税费征管: a monthly report, a 财政运行情况分析 in Traditional characters, and a .docx forecasting the year in three cases). */
    public static final Dev QINGHE_ZZE = new Dev("qinghe-zze", "清河镇", true);

    /** The hundred-and-sixty-third blind batch (石桥镇, 政务公开和档案信息化: a monthly report, a 绩效自评报告 in Traditional characters, and a .docx of the checks run on figures before they are reported). */
    public static final Dev SHIQIAO_ZZC = new Dev("shiqiao-zzc", "石桥镇", true);

    /** The hundred-and-sixty-fourth blind batch (龙坪乡, 光伏、沼气和节能: a monthly report, a 专项资金绩效自评报告 in Traditional characters, and a .docx converting each figure into coal and carbon). */
    public static final Dev LONGPING_ZZD = new Dev("longping-zzd", "龙坪乡", true);

    /** The hundred-and-sixty-fifth blind batch (清河镇, 科技创新和人才: a monthly report, a press conference's 发布词及答记者问 in Traditional characters, and a .docx of a row per village with the township's total last). */
    public static final Dev QINGHE_ZZF = new Dev("qinghe-zzf", "清河镇", true);

    /** The hundred-and-sixty-seventh blind batch (龙坪乡, 党员发展和基层党建: a monthly report, a quarter's 分析研判报告 in Traditional characters, and a .docx grouping rows by deadline). */
    public static final Dev LONGPING_ZZE = new Dev("longping-zze", "龙坪乡", true);

    /** The hundred-and-sixty-sixth blind batch (石桥镇, 农业社会化服务和新型经营主体: a monthly report, a 调研报告 in Traditional characters, and a .docx grouping indicators by the funding project that pays for them). */
    public static final Dev SHIQIAO_ZZD = new Dev("shiqiao-zzd", "石桥镇", true);

    /** The hundred-and-sixty-eighth blind batch (清河镇, a 政务信息专报; a table by quarter with a 累计 column). */
    public static final Dev QINGHE_ZZG = new Dev("qinghe-zzg", "清河镇", true);

    /** The hundred-and-sixty-ninth blind batch (石桥镇, a 新闻通稿; 完成/目标 pairs in one cell and a 更正说明 table). */
    public static final Dev SHIQIAO_ZZE = new Dev("shiqiao-zze", "石桥镇", true);

    /** The hundred-and-seventieth blind batch (龙坪乡, a 政协提案办理情况答复 as 协办 unit; a table by village with the total first). */
    public static final Dev LONGPING_ZZF = new Dev("longping-zzf", "龙坪乡", true);

    /** The hundred-and-seventy-first blind batch (石桥镇, a 政务微信公众号推文; figure and unit in separate columns with a 小计 row per area). */
    public static final Dev SHIQIAO_ZZF = new Dev("shiqiao-zzf", "石桥镇", true);

    /** The hundred-and-seventy-second blind batch (清河镇, a 镇长办公会议记录; a form of label–value rows per task). */
    public static final Dev QINGHE_ZZH = new Dev("qinghe-zzh", "清河镇", true);

    /** The hundred-and-seventy-third blind batch (龙坪乡, a 考察学习报告 beside another county's figures; tables of indicators done and not done). */
    public static final Dev LONGPING_ZZG = new Dev("longping-zzg", "龙坪乡", true);

    /** The hundred-and-seventy-fourth blind batch (清河镇, a 专题请示 to the county; a row per month with the indicators as columns). */
    public static final Dev QINGHE_ZZI = new Dev("qinghe-zzi", "清河镇", true);

    /** The hundred-and-seventy-fifth blind batch (石桥镇, a 书记擂台比武发言; figure cells written as short sentences). */
    public static final Dev SHIQIAO_ZZG = new Dev("shiqiao-zzg", "石桥镇", true);

    /** The hundred-and-seventy-sixth blind batch (龙坪乡, a 人大代表联络站接待选民活动记录; a two-row header of 目标 and 完成). */
    public static final Dev LONGPING_ZZH = new Dev("longping-zzh", "龙坪乡", true);

    /** The hundred-and-seventy-seventh blind batch (清河镇, a 驻村第一书记工作日志摘编, and a table whose columns carry units of their own). */
    public static final Dev QINGHE_ZZJ = new Dev("qinghe-zzj", "清河镇", true);

    /** The hundred-and-seventy-eighth blind batch (石桥镇, three issues of a 工作动态, and a table of three 片区 with the town's total at the right). */
    public static final Dev SHIQIAO_ZZH = new Dev("shiqiao-zzh", "石桥镇", true);

    /** The hundred-and-seventy-ninth blind batch (龙坪乡, a 民生实事项目进展公示, and a table of 完成率 against 序时进度). */
    public static final Dev LONGPING_ZZI = new Dev("longping-zzi", "龙坪乡", true);

    /** The hundred-and-eightieth blind batch (清河镇, a 镇纪委作风督查情况通报 beside the units' claims, and two tables with an indicator a column). */
    public static final Dev QINGHE_ZZK = new Dev("qinghe-zzk", "清河镇", true);

    /** The hundred-and-eighty-first blind batch (石桥镇, a 理论学习中心组研讨交流发言, and a table whose cells carry footnote marks). */
    public static final Dev SHIQIAO_ZZI = new Dev("shiqiao-zzi", "石桥镇", true);

    /** The hundred-and-eighty-second blind batch (龙坪乡, a 致外出务工人员的一封信, and a table with a 数据状态 column beside each figure). */
    public static final Dev LONGPING_ZZJ = new Dev("longping-zzj", "龙坪乡", true);

    private final Organisations organisations;
    private final TransactionTemplate tx;
    private final TestUsers users;
    private final TestClock clock;
    private final JdbcClient jdbc;
    private final ProgressFixture fx;
    private final Reports reports;
    private final ReportingPeriods periods;

    ReportOnceFixture(Organisations organisations, TransactionTemplate tx, TestUsers users, TestClock clock, JdbcClient jdbc,
            ProgressFixture fx, Reports reports, ReportingPeriods periods) {
        this.organisations = organisations;
        this.tx = tx;
        this.users = users;
        this.clock = clock;
        this.jdbc = jdbc;
        this.fx = fx;
        this.reports = reports;
        this.periods = periods;
    }

    /** The township's November report, ready for its 工作汇报; the clock is left on November's day (tests reset it). */
    public record Township(Dev dev, TestUsers.County county, Organisation unit, long plan, long report, String office, String liaison,
            String head, Map<String, Long> indicators) {
        /** An indicator's id by its task's 序号 and its name, or "#" and its position among the task's indicators. */
        public long indicator(String task, String name) {
            Long id = indicators.get(task + "/" + name);
            if (id == null) {
                throw new IllegalArgumentException("no indicator " + task + "/" + name + " in " + indicators.keySet());
            }
            return id;
        }
    }

    /** 清河镇, the dev set the judged scores are given for. */
    public Township township(MockMvc mvc) throws Exception {
        return township(mvc, QINGHE);
    }

    public Township township(MockMvc mvc, Dev dev) throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestUsers.County c = tx.execute(s -> {
            Organisation city = organisations.add("青山市" + tag, OrganisationKind.CITY, null);
            // Named apart from the demo's own 青川县, which other tests find by its name.
            Organisation county = organisations.add("青川县" + tag, OrganisationKind.COUNTY, city.id());
            Organisation office = organisations.add("县政府督查室", OrganisationKind.OFFICE, county.id());
            Organisation qinghe = organisations.add("清河镇", OrganisationKind.TOWNSHIP, county.id());
            Organisation shiqiao = organisations.add("石桥镇", OrganisationKind.TOWNSHIP, county.id());
            Organisation longping = organisations.add("龙坪乡", OrganisationKind.TOWNSHIP, county.id());
            for (String village : new String[]{"白沙村", "桥头村", "河东村"}) {
                organisations.add(village, OrganisationKind.VILLAGE, qinghe.id());
            }
            organisations.add("石桥村", OrganisationKind.VILLAGE, shiqiao.id());
            Organisation agriculture = null;
            for (String d : new String[]{"县发展和改革局", "县农业农村局", "县交通运输局", "县住房和城乡建设局", "县生态环境局", "县自然资源局",
                    "县水利局", "县民政局", "县卫生健康局", "县乡村振兴局", "县人力资源和社会保障局", "县信访局", "县公安局", "县医疗保障局", "县司法局",
                    "县商务局", "县工业和信息化局", "县应急管理局", "县投资促进中心", "县教育体育局", "县文化广电旅游局", "县文化旅游局", "县林业局",
                    "县税务局", "县统计局", "县邮政管理局"}) {
                // The ledgers also name a bank, a centre and a city bureau's branch: they stay outside the tree, kept by name.
                Organisation o = organisations.add(d, OrganisationKind.DEPARTMENT, county.id());
                agriculture = d.equals("县农业农村局") ? o : agriculture;
            }
            Organisation own = switch (dev.unit()) {
                case "石桥镇" -> shiqiao;
                case "龙坪乡" -> longping;
                default -> qinghe;
            };
            return new TestUsers.County(county, office, own, own == qinghe ? shiqiao : qinghe, agriculture, tag);
        });
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        String head = users.user(c, c.townA(), Role.UNIT_HEAD);

        clock.set(OCTOBER);
        MockHttpServletResponse imported = mvc.perform(multipart("/api/plans/excel")
                .file(new MockMultipartFile("file", dev.unit() + "2026年重点工作任务台账.xlsx", "application/octet-stream", ledger(dev)))
                .param("year", "2026").with(TestUsers.api(office)))
                .andReturn().getResponse();
        assertThat(imported.getStatus()).as(imported.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        long plan = Long.parseLong(imported.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s)^\\{\"planId\":(\\d+).*", "$1"));
        Map<String, Long> indicators = new LinkedHashMap<>();
        jdbc.sql("select t.number, i.name, i.id, i.position from indicator i join task t on t.id = i.task_id where t.plan_id = :p")
                .param("p", plan).query((rs, n) -> {
                    indicators.put(rs.getString(1) + "/#" + rs.getInt(4), rs.getLong(3));
                    return indicators.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }).list();

        // October: the township reports its cumulative values so far and its head approves them.
        Map<Long, BigDecimal> previous = new HashMap<>();
        if (dev.indicatorSheet()) {
            for (String[] row : rows(dev.folder() + "/indicators.tsv")) {
                previous.put(indicators.get(row[0] + "/" + row[2]), new BigDecimal(row[7]));
            }
        } else {
            for (String[] row : rows(dev.folder() + "/previous.tsv")) {
                String[] values = row[1].split(";");
                for (int k = 0; k < values.length; k++) {
                    previous.put(indicators.get(row[0] + "/#" + k), new BigDecimal(values[k]));
                }
            }
        }
        ReportingPeriod october = periods.open(plan).stream().filter(p -> p.contains(OCTOBER)).findFirst().orElseThrow();
        UnitReport last = fx.as(liaison, () -> {
            UnitReport r = reports.open(october.id(), c.townA().id());
            List<LineInput> lines = new ArrayList<>();
            for (ReportLine l : reports.lines(r)) {
                Map<Long, BigDecimal> values = new HashMap<>();
                l.measures().forEach(m -> values.put(m.indicatorId(), previous.get(m.indicatorId())));
                lines.add(new LineInput(l.taskId(), values, l.qualitative() ? BigDecimal.valueOf(80) : null, "按计划推进", "", "", false));
            }
            return reports.submit(r.id(), r.version(), UUID.randomUUID(), lines, null);
        });
        fx.as(head, () -> reports.approve(last.id(), UUID.randomUUID()));

        clock.set(NOVEMBER);
        ReportingPeriod november = periods.open(plan).stream().filter(p -> p.contains(NOVEMBER)).findFirst().orElseThrow();
        long report = fx.as(liaison, () -> reports.open(november.id(), c.townA().id())).id();
        return new Township(dev, c, c.townA(), plan, report, office, liaison, head, indicators);
    }

    /** A dev set's gold file: for each document, "任务序号/指标名称" (or "/#position") → the value it states (null: none). */
    static Map<String, Map<String, BigDecimal>> gold(Dev dev) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        for (String[] row : rows(dev.folder() + "/gold.tsv")) {
            out.computeIfAbsent(row[0], k -> new LinkedHashMap<>())
                    .put(row[1] + "/" + row[2], row.length < 4 || row[3].isBlank() ? null : new BigDecimal(row[3]));
        }
        return out;
    }

    public static byte[] resource(String name) {
        try (InputStream in = ReportOnceFixture.class.getResourceAsStream("/once/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no dev-set file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tab-separated dev-set file without its header line. */
    static List<String[]> rows(String name) {
        String[] lines = new String(resource(name), StandardCharsets.UTF_8).split("\n");
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(lines[i].split("\t", -1));
            }
        }
        return out;
    }

    /**
     * The ledger as an office keeps it: a 台账 sheet under a title row in the usual columns, and — as Duban's export
     * lays it out — an 指标 sheet when the dev set has one.
     */
    static byte[] ledger(Dev dev) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet ledger = wb.createSheet("台账");
            ledger.createRow(0).createCell(0).setCellValue(dev.unit() + "2026年重点工作任务台账");
            String[] header = new String(resource(dev.folder() + "/ledger.tsv"), StandardCharsets.UTF_8).split("\n")[0].split("\t");
            text(ledger.createRow(1), header);
            int r = 2;
            for (String[] row : rows(dev.folder() + "/ledger.tsv")) {
                Row x = ledger.createRow(r++);
                text(x, row);
                x.getCell(7).setCellValue(LocalDate.parse(row[7]));
                x.getCell(7).setCellStyle(date);
            }
            if (!dev.indicatorSheet()) {
                wb.write(out);
                return out.toByteArray();
            }
            Sheet indicators = wb.createSheet("指标");
            text(indicators.createRow(0), "任务序号", "工作任务", "指标名称", "比较", "目标值", "计量单位", "指标时限");
            r = 1;
            for (String[] row : rows(dev.folder() + "/indicators.tsv")) {
                Row x = indicators.createRow(r++);
                text(x, row[0], row[1], row[2], switch (row[3]) {
                    case ">=" -> "不低于";
                    case "<=" -> "不超过";
                    default -> "达到";
                }, "", row[5], "");
                x.getCell(4).setCellValue(Double.parseDouble(row[4]));
                x.getCell(6).setCellValue(LocalDate.parse(row[6]));
                x.getCell(6).setCellStyle(date);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
