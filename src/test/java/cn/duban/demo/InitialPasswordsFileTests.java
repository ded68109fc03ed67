package cn.duban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22, item 9: the demo's initial passwords stayed on disk after every user had changed
 * theirs. The file goes once nothing in it opens anything any more.
 */
@DubanTest
class InitialPasswordsFileTests {

    @Autowired
    DemoCounty demo;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFileGoesWhenTheLastUserInItHasChangedHisPassword(@TempDir Path dir) throws Exception {
        TestUsers.County c = users.county();
        String first = users.newUser(c, c.townA(), Role.LIAISON);
        String second = users.newUser(c, c.townB(), Role.LIAISON);
        Path file = dir.resolve("initial-passwords.txt");
        Files.writeString(file, "# 初始密码\n" + first + "  " + TestUsers.PASSWORD + "\n" + second + "  " + TestUsers.PASSWORD + "\n");

        accounts.changePassword(first, TestUsers.PASSWORD, "First#Own2026x");
        demo.removeSpent(file);
        assertThat(file).as("one user still holds his initial password").exists();

        accounts.changePassword(second, TestUsers.PASSWORD, "Second#Own2026x");
        demo.removeSpent(file);
        assertThat(file).doesNotExist();
    }
}
