package cn.duban.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The pages and API of one module and who may reach them, by role; which rows they then see is
 * decided in every query by unit. Each module that serves pages declares its own beside its
 * controllers; {@link SecurityConfiguration} lets everyone reach the login form and the static files
 * before them and asks a sign-in for whatever no module names.
 *
 * <p>The first rule that matches a request decides it, so the modules' order counts where the paths
 * of one lie among another's: {@code /plans/{id}/reporting} is progress's but {@code /plans/**} the
 * ledger's, pressing {@code /tasks/{id}/press} is the assignments' but {@code /tasks/**} the
 * ledger's. Every bean carries an {@code @Order}, the module with the narrower paths first; modules
 * whose paths lie among no other's come last.
 */
public interface AccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
