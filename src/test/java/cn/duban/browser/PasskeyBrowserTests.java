package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, "WebAuthn passkeys (a cryptographic factor)": the office registers a passkey on
 * 账号安全 and, at its next sign-in, gives it after the password instead of the authenticator's
 * code. Chromium's virtual authenticator plays the phone (it signs as a real one would).
 */
@DubanTest
class PasskeyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasskeyServesAsTheSecondFactor() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String base = "http://localhost:" + port;
        try (Browser b = Browser.open(1280, 900)) {
            ((HasVirtualAuthenticator) b.driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
            b.signIn(base, office, TestUsers.PASSWORD); // first sign-in: the authenticator app is set up
            b.driver.get(base + "/account/two-factor");
            b.driver.findElement(By.id("passkey-label")).sendKeys("办公室电脑");
            b.driver.findElement(By.id("passkey-register")).click();
            b.waitUntil(ExpectedConditions.urlContains("?passkey"));
            assertThat(b.driver.findElement(By.id("passkeys")).getText()).contains("办公室电脑");

            b.driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
            b.waitUntil(ExpectedConditions.urlContains("/login"));
            b.driver.findElement(By.id("username")).sendKeys(office);
            b.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            b.driver.findElement(By.cssSelector("button[type=submit]")).click();
            b.waitUntil(ExpectedConditions.urlContains("/login/second-factor"));
            b.driver.findElement(By.id("passkey-sign-in")).click();
            b.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            b.driver.get(base + "/plans");
            assertThat(b.driver.getCurrentUrl()).endsWith("/plans");
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_event where actor = :u and action = '第二因素验证通过' and after ->> 'method' = '通行密钥'""")
                .param("u", office).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :u and action = '注册通行密钥'").param("u", office)
                .query(Long.class).single()).isEqualTo(1);
    }
}
