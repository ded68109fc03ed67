package cn.duban.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The co-operating units a task names that are not in the organisation tree (市生态环境局澄川分局,
 * 县农商银行): kept as names, in the order the ledger gave them, stored joined by 、 as a ledger
 * writes them. The ledger's 配合单位 cell is split at 、, commas and spaces, so no name holds one.
 */
final class OutsideCoUnits {

    static final String SEPARATOR = "、";

    private OutsideCoUnits() {
    }

    /** The names stripped, blanks and repeats left out, each split where a separator was typed into it. */
    static List<String> clean(Collection<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.split(LedgerWorkbook.CO_UNIT_SEPARATORS)) {
                String n = part.strip();
                if (!n.isEmpty() && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    static String join(Collection<String> names) {
        return String.join(SEPARATOR, clean(names));
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : clean(List.of(stored));
    }

    /** What the office is told of a row whose co-operating units were kept by name. */
    static String notice(int row, List<String> names) {
        return "第 " + row + " 行配合单位" + String.join("、", names.stream().map(n -> "“" + n + "”").toList())
                + "不在组织机构中，已作为名称保存在任务上；如需该单位参与报送，请先在组织机构中添加";
    }
}
