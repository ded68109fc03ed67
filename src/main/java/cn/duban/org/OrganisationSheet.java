package cn.duban.org;

import cn.duban.files.ParseGate;
import cn.duban.files.ZipBounds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree from a simple sheet: 名称, 上级单位, 类型 — parents before children,
 * a parent either already in the tree or earlier in the sheet. All rows or none.
 */
@Service
public class OrganisationSheet {

    static final List<String> COLUMNS = List.of("名称", "上级单位", "类型");

    private final Organisations organisations;

    OrganisationSheet(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The sheet's problems, each with its row number; empty when it was imported. */
    @Transactional
    public List<String> importSheet(byte[] bytes, List<Organisation> parentsInScope) {
        List<String> problems = new ArrayList<>();
        List<String[]> rows = read(bytes, problems);
        Map<String, Long> byName = new HashMap<>();
        parentsInScope.forEach(o -> byName.putIfAbsent(o.name(), o.id()));
        List<Runnable> inserts = new ArrayList<>();
        Map<String, Integer> planned = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int number = Integer.parseInt(r[3]);
            OrganisationKind kind = kind(r[2]);
            if (r[0].isEmpty()) {
                problems.add("第 " + number + " 行缺少“名称”");
            }
            if (kind == null || kind.isArea()) {
                problems.add("第 " + number + " 行“类型”应为 乡镇、村、县直部门、指挥部 或 督查室 之一：" + r[2]);
            }
            if (!byName.containsKey(r[1]) && !planned.containsKey(r[1])) {
                problems.add("第 " + number + " 行上级单位“" + r[1] + "”不在组织机构中，也不在本表前面的行中");
            }
            if (byName.containsKey(r[0]) || planned.containsKey(r[0])) {
                problems.add("第 " + number + " 行“" + r[0] + "”已存在");
            }
            planned.put(r[0], number);
            inserts.add(() -> {
                Organisation created = organisations.add(r[0], kind, byName.get(r[1]));
                byName.put(created.name(), created.id());
            });
        }
        if (problems.isEmpty()) {
            inserts.forEach(Runnable::run);
        }
        return problems;
    }

    private static OrganisationKind kind(String label) {
        for (OrganisationKind k : OrganisationKind.values()) {
            if (k.name().equalsIgnoreCase(label) || k.label().contains(label) && !label.isEmpty()) {
                return k;
            }
        }
        return switch (label) {
            case "部门", "县直单位" -> OrganisationKind.DEPARTMENT;
            case "社区", "村委会" -> OrganisationKind.VILLAGE;
            case "街道" -> OrganisationKind.TOWNSHIP;
            case "政府办" -> OrganisationKind.OFFICE;
            default -> null;
        };
    }

    private static List<String[]> read(byte[] bytes, List<String> problems) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            problems.add("文件不是 .xlsx 格式的 Excel 工作簿");
            return List.of();
        }
        ZipBounds.Inspection seen = ZipBounds.inspect(bytes, 1000, 4L * 1024 * 1024, 12L * 1024 * 1024);
        if (!seen.ok()) {
            problems.add("Excel 文件异常：" + seen.problem() + "，已拒绝导入");
            return List.of();
        }
        return ParseGate.run(() -> parse(bytes, problems),
                () -> new OrganisationRejected("正在导入的文件较多，请稍后再试"));
    }

    private static List<String[]> parse(byte[] bytes, List<String> problems) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row head = sheet.getRow(0);
            List<String> found = new ArrayList<>();
            for (int c = 0; head != null && c < COLUMNS.size(); c++) {
                found.add(text.formatCellValue(head.getCell(c)).strip());
            }
            if (!found.equals(COLUMNS)) {
                problems.add("第 1 行表头应为：名称、上级单位、类型");
                return List.of();
            }
            if (sheet.getLastRowNum() > 5000) {
                problems.add("超过 5000 行上限");
                return List.of();
            }
            List<String[]> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[4];
                for (int c = 0; c < 3; c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        problems.add("第 " + (r + 1) + " 行“" + COLUMNS.get(c) + "”是公式，请粘贴为数值");
                    }
                    v[c] = text.formatCellValue(cell).strip();
                }
                v[3] = String.valueOf(r + 1);
                if (!(v[0].isEmpty() && v[1].isEmpty() && v[2].isEmpty())) {
                    rows.add(v);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            problems.add("无法读取该 Excel 文件，文件可能已损坏");
            return List.of();
        }
    }
}
