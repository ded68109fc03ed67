package cn.duban.progress;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Completion as pages show it ({@code ${@figures.percent(x)}}): the same string the reason
 * beside it quotes (45%, 26.3%), a dash where there is no figure. Dates and times are
 * {@code @time}'s (cn.duban.time.CountyTime), in the county's zone.
 */
@Component("figures")
public class Figures {

    public String percent(BigDecimal value) {
        return value == null ? "—" : StatusRule.figure(value) + "%";
    }
}
