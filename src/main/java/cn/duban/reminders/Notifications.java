package cn.duban.reminders;

import cn.duban.audit.AuditTrail;
import cn.duban.crypto.FieldCipher;
import cn.duban.crypto.Masking;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The in-app inbox, and the contacts (mailboxes, robots) each unit's reminders go to. */
@Component
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final RobotAddresses robots;

    private final FieldCipher cipher;

    private Deliveries deliveries;

    /** Set after construction: Deliveries needs the senders, which need nothing of this. */
    @Autowired
    void setDeliveries(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    Notifications(JdbcClient jdbc, AuditTrail audit, RobotAddresses robots, FieldCipher cipher) {
        this.cipher = cipher;
        this.robots = robots;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A unit's contact as lists show it: the address masked, the 加签 secret only as "set" (never
     * shown again after saving), the keyword, and the last test message's outcome.
     */
    public record Contact(long id, long organisationId, String organisationName, Channel channel, String address, boolean signed,
            String keyword, OffsetDateTime testedAt, String testError) {
    }

    /** What a user's inbox shows: its unit's reminders, and for offices and leaders the escalations of their area. */
    public List<Notification> inbox(long unit, Long leadersOfArea, int limit) {
        return jdbc.sql("""
                select id, dedupe_key, organisation_id, audience, grade, title, body, task_id, created_at, read_at
                from notification
                where withdrawn_at is null
                  and ((audience = 'UNIT' and organisation_id = :u) or (audience = 'LEADERS' and organisation_id = :area))
                order by created_at desc, id desc limit :limit""")
                .param("u", unit).param("area", leadersOfArea).param("limit", limit).query(Notification.class).list();
    }

    @Transactional
    public void markRead(long id, long unit, Long leadersOfArea) {
        jdbc.sql("""
                update notification set read_at = now() where id = :id and read_at is null
                and ((audience = 'UNIT' and organisation_id = :u) or (audience = 'LEADERS' and organisation_id = :area))""")
                .param("id", id).param("u", unit).param("area", leadersOfArea).update();
    }

    public List<Contact> contacts(Collection<Long> units) {
        return contacts(units, null);
    }

    /** One contact of these units, as lists show it. */
    public Optional<Contact> contact(long id, Collection<Long> units) {
        return contacts(units, id).stream().findFirst();
    }

    private Contact contactOrRefuse(long id, Collection<Long> units) {
        return contact(id, units).orElseThrow(() -> new NotFound("联系方式不存在或无权修改"));
    }

    private List<Contact> contacts(Collection<Long> units, Long id) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, c.organisation_id, o.name as organisation_name, c.channel, c.address,
                       c.secret is not null as signed, c.keyword, c.tested_at, c.test_error
                from contact c join organisation o on o.id = c.organisation_id
                where c.organisation_id in (:u) and (cast(:id as bigint) is null or c.id = :id)
                order by o.name, c.channel, c.id""")
                .param("u", units).param("id", id).query(Contact.class).list().stream()
                // Lists show an address masked; the full one is opened only to send.
                .map(c -> new Contact(c.id(), c.organisationId(), c.organisationName(), c.channel(),
                        masked(c.channel(), cipher.open(c.address())), c.signed(), c.keyword(), c.testedAt(), c.testError()))
                .toList();
    }

    /** An address as lists, logs and the audit show it. */
    static String masked(Channel channel, String address) {
        return channel == Channel.EMAIL ? Masking.email(address) : Masking.webhook(address);
    }

    /**
     * Contacts stored before addresses were encrypted are encrypted at start-up, once; pending
     * deliveries copied from them too. (Sent ones keep what they had: they are history.)
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sealPlainAddresses() {
        for (Map<String, Object> row : jdbc.sql("select id, channel, address from contact where address not like 'sm4:%'")
                .query().listOfRows()) {
            String plain = (String) row.get("address");
            jdbc.sql("update contact set address = :a, digest = :d where id = :id")
                    .param("a", cipher.seal(plain)).param("d", cipher.digest(row.get("channel") + ":" + plain))
                    .param("id", ((Number) row.get("id")).longValue()).update();
        }
        for (Map<String, Object> row : jdbc
                .sql("select id, address from delivery where state in ('PENDING', 'SENDING') and address not like 'sm4:%'")
                .query().listOfRows()) {
            jdbc.sql("update delivery set address = :a where id = :id").param("a", cipher.seal((String) row.get("address")))
                    .param("id", ((Number) row.get("id")).longValue()).update();
        }
    }

    @Transactional
    public void addContact(long unit, Channel channel, String rawAddress) {
        addContact(unit, channel, rawAddress, null, null);
    }

    /** 钉钉's robot secrets: "SEC" and 64 hexadecimal digits; some letters of other lengths are accepted. */
    private static final Pattern SECRET = Pattern.compile("SEC[0-9A-Za-z]{16,128}");

    /**
     * Adds a unit's contact. A 钉钉 robot may carry its 加签 secret (kept SM4-encrypted, never shown
     * again) and/or its keyword; neither applies to mail or 企业微信. Returns the new contact's id.
     */
    @Transactional
    public long addContact(long unit, Channel channel, String rawAddress, String rawSecret, String rawKeyword) {
        String address = rawAddress == null ? "" : rawAddress.strip();
        String secret = rawSecret == null || rawSecret.isBlank() ? null : rawSecret.strip();
        String keyword = rawKeyword == null || rawKeyword.isBlank() ? null : rawKeyword.strip();
        boolean valid = channel == Channel.EMAIL ? EMAIL.matcher(address).matches() : robots.permits(address);
        if (!valid || address.length() > 500) {
            throw new ContactRejected("address", channel == Channel.EMAIL
                    ? "邮箱地址格式不正确：" + address
                    : "机器人地址须为钉钉或企业微信群机器人的 Webhook 地址（" + robots.describe() + " 开头）");
        }
        if (channel != Channel.DINGTALK && (secret != null || keyword != null)) {
            throw new ContactRejected(secret != null ? "secret" : "keyword", "加签密钥和关键词只用于钉钉机器人");
        }
        if (secret != null && !SECRET.matcher(secret).matches()) {
            throw new ContactRejected("secret", "加签密钥应为钉钉机器人安全设置中以 SEC 开头的一串字母数字");
        }
        if (keyword != null && (keyword.length() > 20 || keyword.codePoints().anyMatch(Character::isISOControl))) {
            throw new ContactRejected("keyword", "关键词应为 1 至 20 个字，与钉钉机器人安全设置中的自定义关键词一致");
        }
        // Kept SM4-encrypted; the HMAC-SM3 digest keeps each address once per unit and channel.
        Long id = jdbc.sql("""
                insert into contact (organisation_id, channel, address, digest, secret, keyword) values (:u, :c, :a, :d, :s, :k)
                on conflict do nothing returning id""")
                .param("u", unit).param("c", channel.name()).param("a", cipher.seal(address))
                .param("d", cipher.digest(channel.name() + ":" + address)).param("s", secret == null ? null : cipher.seal(secret))
                .param("k", keyword).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new ContactRejected("address", "该单位已有此联系方式");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("channel", channel.name());
        after.put("address", masked(channel, address));
        after.put("加签", secret != null);
        after.put("keyword", keyword == null ? "" : keyword);
        audit.record("新增提醒联系方式", "organisation", unit, null, after);
        return id;
    }

    /**
     * 发送测试消息: one message to the contact at once, with its secret and keyword, and the
     * outcome kept beside it. Returns the contact as it now stands.
     */
    @Transactional
    public Contact test(long id, Collection<Long> units) {
        Contact c = contactOrRefuse(id, units);
        Map<String, Object> stored = jdbc.sql("select address, secret from contact where id = :id").param("id", id).query().singleRow();
        String secret = stored.get("secret") == null ? null : cipher.open((String) stored.get("secret"));
        String error = deliveries
                .sendDirect(new Deliveries.Outgoing(0, c.channel(), cipher.open((String) stored.get("address")), Grade.INFO,
                        "督办系统测试消息", c.organisationName() + "的" + c.channel().label() + "已接入督办系统，今后的催办、督办提醒将发到这里。",
                        secret, c.keyword()));
        jdbc.sql("update contact set tested_at = now(), test_error = :e where id = :id").param("e", error).param("id", id).update();
        audit.record("发送测试消息", "organisation", c.organisationId(), null,
                Map.of("channel", c.channel().name(), "address", c.address(), "result", error == null ? "成功" : error));
        return contactOrRefuse(id, units);
    }

    @Transactional
    public void removeContact(long id, Collection<Long> units) {
        Contact c = contactOrRefuse(id, units);
        jdbc.sql("delete from contact where id = :id").param("id", id).update();
        audit.record("删除提醒联系方式", "organisation", c.organisationId(), Map.of("channel", c.channel().name(), "address", c.address()), null);
    }

    /** A contact refused, with the reason in Chinese and the field it concerns (null: the contact as a whole). */
    public static class ContactRejected extends Refusal {
        public ContactRejected(String message) {
            super(message);
        }

        public ContactRejected(String field, String message) {
            super(message, field);
        }
    }
}
