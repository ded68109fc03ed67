package cn.duban.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a page names the person behind a record: by name and unit as the account shows them
 * (清河镇联络员 王芳), never by login name — one way on every page ({@code ${@people.name(x)}}).
 * The work Duban does itself is 系统.
 */
@Component("people")
public class People {

    private static final int CACHED = 2_000;

    private final JdbcClient jdbc;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.equals("system")) {
            return "系统";
        }
        if (names.size() > CACHED) {
            names.clear();
        }
        return names.computeIfAbsent(username, u -> jdbc.sql("select display_name from app_user where username = :u")
                .param("u", u).query(String.class).optional().filter(n -> !n.isBlank()).orElse(u));
    }
}
