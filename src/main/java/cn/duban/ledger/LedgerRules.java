package cn.duban.ledger;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Plans are set up and edited by the office; every unit reads its own part. After assignments and
 * progress, whose paths lie among {@code /plans/**} and {@code /tasks/**}; before the reader, among
 * whose {@code /extract/**} the corrections of its readings lie.
 */
@Component
@Order(30)
class LedgerRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/plans/import", "/plans/import/**", "/plans/excel", "/api/plans/excel").hasRole("SUPERVISOR")
                // An edited export back into its plan: the office's, as every edit of a plan is.
                .requestMatchers("/plans/*/excel", "/plans/*/excel/apply", "/api/plans/*/excel").hasRole("SUPERVISOR")
                // Correcting what the reader proposed is part of importing plans.
                .requestMatchers("/extract/corrections", "/api/extractions/corrections", "/api/extractions/corrections.jsonl")
                .hasRole("SUPERVISOR")
                .requestMatchers("/tasks/**", "/api/tasks/**").hasRole("SUPERVISOR")
                .requestMatchers("/plans", "/plans/**", "/api/plans", "/api/plans/**")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER");
    }
}
