package cn.duban.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Duban refuses to start on a PostgreSQL that could lose or silently corrupt an accepted write:
 * {@code fsync} and {@code full_page_writes} off lose committed data on a power cut,
 * {@code synchronous_commit = off} answers "saved" before the write is on disk, and without data
 * checksums a damaged page is read as if it were good. (A tuned test or benchmark server often
 * has all four off; an office's ledger must not.)
 */
final class DurabilityCheck {

    private DurabilityCheck() {
    }

    static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes", "data_checksums");

    /** What is wrong with these settings, in the operator's words; empty when all is well. */
    static List<String> problems(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        if (!"on".equals(settings.get("fsync"))) {
            problems.add("fsync = " + settings.get("fsync") + "（应为 on：否则断电会丢失已提交的数据）");
        }
        if ("off".equals(settings.get("synchronous_commit")) || settings.get("synchronous_commit") == null) {
            problems.add("synchronous_commit = " + settings.get("synchronous_commit") + "（应为 on：否则提交成功的数据可能尚未写入磁盘）");
        }
        if (!"on".equals(settings.get("full_page_writes"))) {
            problems.add("full_page_writes = " + settings.get("full_page_writes") + "（应为 on：否则断电可能留下写了一半的数据页）");
        }
        if (!"on".equals(settings.get("data_checksums"))) {
            problems.add("data_checksums = " + settings.get("data_checksums")
                    + "（应为 on：initdb --data-checksums 建库，或停库后运行 pg_checksums --enable）");
        }
        return problems;
    }

    static Map<String, String> settings(DataSource dataSource) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String name : SETTINGS) {
                try (ResultSet r = s.executeQuery("show " + name)) {
                    r.next();
                    settings.put(name, r.getString(1));
                }
            }
        }
        return settings;
    }

    /** Throws, naming every unsafe setting, when the database could lose what Duban accepts. */
    static void verify(DataSource dataSource) {
        List<String> problems;
        try {
            problems = problems(settings(dataSource));
        } catch (SQLException e) {
            throw new IllegalStateException("无法读取数据库的持久性设置：" + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("数据库的设置可能丢失或损坏已保存的数据，Duban 拒绝启动：" + String.join("；", problems));
        }
    }
}
