package cn.duban.progress;

import cn.duban.security.CurrentScope;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the office dashboard shows, gathered once for the page and the API. */
record DashboardView(LocalDate today, boolean rollUp, Long plan, List<Map.Entry<Long, String>> plans,
        List<Dashboards.UnitCompletion> byUnit, List<Dashboards.StatusCount> statusCounts,
        List<Dashboards.TrendPoint> trend, List<Dashboards.Attention> attention,
        List<Dashboards.Burden> burden, List<Dashboards.Unassigned> unassigned, List<CloseOut.Due> closeOutDue,
        List<HandedOnWork.RollUp> handedOn) {

    static DashboardView of(Dashboards dashboards, CurrentScope scope, ReportingPeriods periods, CloseOut closeOut, Long plan) {
        List<Long> areas = dashboards.areasUnder(scope.area());
        boolean rollUp = areas.size() > 1;
        LocalDate today = periods.today();
        List<Map.Entry<Long, String>> plans = dashboards.plansOf(areas);
        Long chosen = plan != null && plans.stream().anyMatch(p -> p.getKey().equals(plan)) ? plan : null;
        return new DashboardView(today, rollUp, chosen, plans,
                dashboards.byUnit(areas, chosen, today, rollUp),
                dashboards.statusCounts(areas, chosen, today),
                dashboards.trend(areas, chosen, today.getYear()),
                dashboards.attention(areas, chosen, today, 100, null),
                dashboards.burden(areas, today.getYear(), rollUp),
                dashboards.unassigned(areas, chosen, today),
                // Plans that have ended stay here, their undone tasks 超期, until the office closes them out.
                closeOut.due(List.of(scope.area())),
                // Work handed on to the levels below, with each area's part: the same roll-up its page shows.
                rollUp ? dashboards.handedOn(scope.area(), today) : List.of());
    }

    Map<String, Object> asModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", today);
        m.put("rollUp", rollUp);
        m.put("plan", plan);
        m.put("plans", plans);
        m.put("byUnit", byUnit);
        m.put("statusCounts", statusCounts);
        m.put("trend", trend);
        m.put("attention", attention);
        m.put("burden", burden);
        m.put("unassigned", unassigned);
        m.put("closeOutDue", closeOutDue);
        m.put("handedOn", handedOn);
        m.put("charts", charts());
        return m;
    }

    /** The charts' data as plain lists and maps, which the page's script reads as JSON. */
    Map<String, Object> charts() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("units", byUnit.stream().map(Dashboards.UnitCompletion::unitName).toList());
        c.put("completion", byUnit.stream().map(u -> u.completion() == null ? 0 : u.completion().doubleValue()).toList());
        c.put("statuses", statusCounts.stream().map(s -> Map.of("name", s.status().label(), "value", s.count())).toList());
        c.put("periods", trend.stream().map(Dashboards.TrendPoint::label).toList());
        Map<String, Object> series = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            series.put(s.label(), trend.stream().map(t -> t.counts().getOrDefault(s, 0L)).toList());
        }
        c.put("trend", series);
        return c;
    }
}
