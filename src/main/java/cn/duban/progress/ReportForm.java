package cn.duban.progress;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report form as the browser posts it: for each task {@code value-TASK-INDICATOR},
 * {@code percent-TASK}, {@code narrative-TASK}, {@code problems-TASK}, {@code next-TASK} and the
 * {@code unchanged-TASK} tick. Numbers may carry thousands separators or full-width digits.
 */
final class ReportForm {

    private ReportForm() {
    }

    static List<LineInput> lines(List<ReportLine> lines, Map<String, String> form) {
        List<LineInput> out = new ArrayList<>();
        for (ReportLine line : lines) {
            String t = String.valueOf(line.taskId());
            if (form.keySet().stream().noneMatch(k -> k.endsWith("-" + t) || k.startsWith("value-" + t + "-"))) {
                continue; // not on the page the user saw
            }
            Map<Long, BigDecimal> values = new HashMap<>();
            for (ReportLine.Measure m : line.measures()) {
                BigDecimal v = number(form.get("value-" + t + "-" + m.indicatorId()), "“" + m.name() + "”的累计完成值");
                if (v != null) {
                    values.put(m.indicatorId(), v);
                }
            }
            out.add(new LineInput(line.taskId(), values, number(form.get("percent-" + t), "“" + line.title() + "”的完成进度"),
                    form.get("narrative-" + t), form.get("problems-" + t), form.get("next-" + t),
                    form.containsKey("unchanged-" + t)));
        }
        return out;
    }

    static BigDecimal number(String raw, String what) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String clean = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace(",", "").replace("，", "")
                .replace("%", "");
        try {
            BigDecimal v = new BigDecimal(clean);
            if (v.abs().compareTo(Reports.MAX_VALUE) > 0) {
                throw new ReportRejected(what + "数值过大：" + raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ReportRejected(what + "应填写数字：" + raw);
        }
    }

    /** The form's fields as the user typed them, to show again when a save is refused. */
    static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> out = new HashMap<>(form);
        out.remove("_csrf");
        return out;
    }
}
