package cn.duban;

import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * Builds what a test needs: its own county (so tests never see each other's rows) and users in
 * it with a known password that has already been changed.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "Test#Pass2025";

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    TestUsers(UserAccounts accounts, Organisations organisations, JdbcClient jdbc, TransactionTemplate tx) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A county with an office, two townships and a department, named uniquely for this test. */
    public record County(Organisation county, Organisation office, Organisation townA, Organisation townB,
                         Organisation department, String tag) {
    }

    public County county() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return tx.execute(s -> {
            Organisation county = organisations.add("测试县" + tag, OrganisationKind.COUNTY, null);
            return new County(county,
                    organisations.add("县政府督查室", OrganisationKind.OFFICE, county.id()),
                    organisations.add("甲镇", OrganisationKind.TOWNSHIP, county.id()),
                    organisations.add("乙镇", OrganisationKind.TOWNSHIP, county.id()),
                    organisations.add("县农业农村局", OrganisationKind.DEPARTMENT, county.id()), tag);
        });
    }

    /** A user who has changed the initial password to {@link #PASSWORD}. */
    public String user(County c, Organisation unit, Role role) {
        String username = role.name().toLowerCase() + "_" + c.tag() + "_" + unit.id();
        if (accounts.find(username).isEmpty()) {
            tx.executeWithoutResult(s -> accounts.create(username, username, unit.id(), role, PASSWORD));
            jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
        }
        return username;
    }

    /** A user still holding the initial password {@link #PASSWORD}. */
    public String newUser(County c, Organisation unit, Role role) {
        String username = "new_" + role.name().toLowerCase() + "_" + c.tag() + "_" + unit.id();
        tx.executeWithoutResult(s -> accounts.create(username, username, unit.id(), role, PASSWORD));
        return username;
    }
}
