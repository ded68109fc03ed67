package cn.duban.progress;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Completion as pages show it ({@code ${@figures.percent(x)}}): the same string the reason
 * beside it quotes (45%, 26.3%), a dash where there is no figure.
 */
@Component("figures")
public class Figures {

    public String percent(BigDecimal value) {
        return value == null ? "—" : StatusRule.figure(value) + "%";
    }

    /** A day as 公文 writes it: 2026年12月4日. */
    public String day(java.time.LocalDate d) {
        return d == null ? "" : StatusRule.day(d);
    }

    /** A moment as people read it, in the county's time: 2026-12-04 02:21. */
    public String minute(java.time.OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
