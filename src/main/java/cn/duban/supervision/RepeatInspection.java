package cn.duban.supervision;

import cn.duban.refusal.Conflict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Refuses, until confirmed, an inspection of tasks or units already inspected in the last days:
 * the same project inspected seven or eight times is a burden units complain of.
 */
public class RepeatInspection extends Conflict {

    /** One task or unit seen recently: how often and when last. */
    public record Visit(String what, String name, int times, LocalDate last) {
        public String sentence() {
            return what + "“" + name + "”近期已被督查 " + times + " 次，最近一次 " + last;
        }
    }

    private final List<Visit> visits;

    public RepeatInspection(List<Visit> visits, int days) {
        super("以下" + "对象在 " + days + " 天内已被督查：" + String.join("；", visits.stream().map(Visit::sentence).toList())
                + "。确需再次督查请勾选“仍要记录”。");
        this.visits = visits;
    }

    public List<Visit> visits() {
        return visits;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("repeats", visits);
    }
}
