package cn.duban.reminders;

import cn.duban.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The in-app inbox, and the contacts (mailboxes, robots) each unit's reminders go to. */
@Component
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final RobotAddresses robots;

    private final cn.duban.crypto.FieldCipher cipher;

    Notifications(JdbcClient jdbc, AuditTrail audit, RobotAddresses robots, cn.duban.crypto.FieldCipher cipher) {
        this.cipher = cipher;
        this.robots = robots;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Contact(long id, long organisationId, String organisationName, Channel channel, String address) {
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
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.organisation_id, o.name as organisation_name, c.channel, c.address
                        from contact c join organisation o on o.id = c.organisation_id
                        where c.organisation_id in (:u) order by o.name, c.channel, c.id""")
                .param("u", units).query(Contact.class).list().stream()
                // Lists show an address masked; the full one is opened only to send.
                .map(c -> new Contact(c.id(), c.organisationId(), c.organisationName(), c.channel(),
                        masked(c.channel(), cipher.open(c.address())))).toList();
    }

    /** An address as lists, logs and the audit show it. */
    static String masked(Channel channel, String address) {
        return channel == Channel.EMAIL ? cn.duban.crypto.Masking.email(address) : cn.duban.crypto.Masking.webhook(address);
    }

    /**
     * Contacts stored before addresses were encrypted are encrypted at start-up, once; pending
     * deliveries copied from them too. (Sent ones keep what they had: they are history.)
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    public void sealPlainAddresses() {
        for (Map<String, Object> row : jdbc.sql("select id, channel, address from contact where address not like 'sm4:%'")
                .query().listOfRows()) {
            String plain = (String) row.get("address");
            jdbc.sql("update contact set address = :a, digest = :d where id = :id")
                    .param("a", cipher.seal(plain)).param("d", cipher.digest(row.get("channel") + ":" + plain))
                    .param("id", ((Number) row.get("id")).longValue()).update();
        }
        for (Map<String, Object> row : jdbc.sql("select id, address from delivery where state in ('PENDING', 'SENDING') and address not like 'sm4:%'")
                .query().listOfRows()) {
            jdbc.sql("update delivery set address = :a where id = :id").param("a", cipher.seal((String) row.get("address")))
                    .param("id", ((Number) row.get("id")).longValue()).update();
        }
    }

    @Transactional
    public void addContact(long unit, Channel channel, String rawAddress) {
        String address = rawAddress == null ? "" : rawAddress.strip();
        boolean valid = channel == Channel.EMAIL ? EMAIL.matcher(address).matches() : robots.permits(address);
        if (!valid || address.length() > 500) {
            throw new ContactRejected(channel == Channel.EMAIL ? "邮箱地址格式不正确：" + address
                    : "机器人地址须为钉钉或企业微信群机器人的 Webhook 地址（" + robots.describe() + " 开头）");
        }
        // Kept SM4-encrypted; the HMAC-SM3 digest keeps each address once per unit and channel.
        int added = jdbc.sql("""
                        insert into contact (organisation_id, channel, address, digest) values (:u, :c, :a, :d)
                        on conflict do nothing""")
                .param("u", unit).param("c", channel.name()).param("a", cipher.seal(address))
                .param("d", cipher.digest(channel.name() + ":" + address)).update();
        if (added == 0) {
            throw new ContactRejected("该单位已有此联系方式");
        }
        audit.record("新增提醒联系方式", "organisation", unit, null, Map.of("channel", channel.name(), "address", masked(channel, address)));
    }

    @Transactional
    public void removeContact(long id, Collection<Long> units) {
        Contact c = contacts(units).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new ContactRejected("联系方式不存在或无权修改"));
        jdbc.sql("delete from contact where id = :id").param("id", id).update();
        audit.record("删除提醒联系方式", "organisation", c.organisationId(), Map.of("channel", c.channel().name(), "address", c.address()), null);
    }

    /** A contact refused, with the reason in Chinese. */
    public static class ContactRejected extends RuntimeException {
        public ContactRejected(String message) {
            super(message);
        }
    }
}
