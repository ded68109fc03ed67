/**
 * Users, roles, login and what each user may see (a user belongs to a unit of the tree).
 */
@cn.duban.schema.Tables({"app_user", "api_token", "login_attempt", "password_history", "recovery_code", "account_request",
        "user_credentials", "user_entities", "spring_session", "spring_session_attributes", "external_identity"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "crypto", "org", "refusal", "schema"})
package cn.duban.security;
