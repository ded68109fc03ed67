package cn.duban.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.reminders.Channel;
import cn.duban.reminders.Notifications;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10, 国密 where 密评 looks: personal data at rest (a user's phone, a unit's reminder
 * addresses with their robot tokens) is SM4-encrypted with a key outside the database, masked
 * in lists and in the audit, and a changed ciphertext is refused rather than read as garbage.
 */
@DubanTest
class PersonalDataTests {

    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    @Test
    void theCipherIsTheStandardsSm4AndDetectsTampering() throws Exception {
        // GB/T 32907-2016, appendix A example 1 (one block, ECB): the provider's SM4 is the standard's.
        Cipher sm4 = Cipher.getInstance("SM4/ECB/NoPadding", new BouncyCastleProvider());
        byte[] key = HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");
        sm4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "SM4"));
        assertThat(HexFormat.of().formatHex(sm4.doFinal(key))).isEqualTo("681edf34d206965e86b3e94f536e4246");

        String sealed = cipher.seal("13812345678");
        assertThat(sealed).startsWith("sm4:1:").doesNotContain("1381");
        assertThat(cipher.seal("13812345678")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo("13812345678");
        char[] c = sealed.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.open(new String(c))).hasMessageContaining("无法解密");
        assertThat(cipher.digest("a")).isEqualTo(cipher.digest("a")).isNotEqualTo(cipher.digest("b"));
    }

    @Test
    void aUsersPhoneIsEncryptedAtRestAndMaskedInTheListAndTheAudit() throws Exception {
        TestUsers.County county = users.county();
        var account = tx.execute(s -> accounts.createWithPhone("phone_" + county.tag(), "张三", county.townA().id(), Role.PENDING,
                "Init#Pass20261", "13912345678"));
        String stored = jdbc.sql("select phone from app_user where id = :id").param("id", account.id()).query(String.class).single();
        assertThat(stored).startsWith("sm4:1:").doesNotContain("5678");
        assertThat(accounts.maskedPhone(account.id())).isEqualTo("139****5678");
        assertThat(jdbc.sql("select after::text from audit_event where entity = 'app_user' and entity_id = :id and action = '登记手机号'")
                .param("id", account.id()).query(String.class).single()).contains("139****5678").doesNotContain("13912345678");

        String admin = users.user(county, county.office(), Role.ADMIN);
        String list = mvc.perform(get("/api/users").with(TestUsers.api(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("139****5678").doesNotContain("13912345678");
        assertThatThrownBy(() -> tx.execute(s -> accounts.createWithPhone("phone2_" + county.tag(), "李四", county.townA().id(),
                Role.PENDING, "Init#Pass20261", "12345"))).hasMessageContaining("手机号格式不正确");
    }

    @Test
    void aRobotsAccessTokenIsEncryptedAtRestAndNeverListedWhole() {
        TestUsers.County county = users.county();
        String hook = "https://oapi.dingtalk.com/robot/send?access_token=secret" + county.tag() + "0123456789";
        tx.executeWithoutResult(s -> notifications.addContact(county.townA().id(), Channel.DINGTALK, hook));
        String stored = jdbc.sql("select address from contact where organisation_id = :u").param("u", county.townA().id())
                .query(String.class).single();
        assertThat(stored).startsWith("sm4:1:").doesNotContain("secret");
        List<Notifications.Contact> listed = notifications.contacts(List.of(county.townA().id()));
        assertThat(listed).singleElement().extracting(Notifications.Contact::address).asString()
                .startsWith("https://oapi.dingtalk.com/robot/send?access_token=secr").doesNotContain(county.tag());
        // The same address twice is refused by its digest, though no two ciphertexts are alike.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> notifications.addContact(county.townA().id(), Channel.DINGTALK, hook)))
                .hasMessageContaining("已有此联系方式");
        assertThat(jdbc.sql("select after::text from audit_event where entity = 'organisation' and entity_id = :u and action = '新增提醒联系方式'")
                .param("u", county.townA().id()).query(String.class).single()).doesNotContain(county.tag());
    }

    @Test
    void masksKeepEnoughToTellApartAndNoMore() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.email("zhang.san@qingchuan.gov.cn")).isEqualTo("z***n@qingchuan.gov.cn");
        assertThat(Masking.webhook("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcdef123"))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd…");
    }
}
