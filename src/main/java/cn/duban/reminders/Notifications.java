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

    Notifications(JdbcClient jdbc, AuditTrail audit, RobotAddresses robots) {
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
                        where c.organisation_id in (:u) order by o.name, c.channel, c.address""")
                .param("u", units).query(Contact.class).list();
    }

    @Transactional
    public void addContact(long unit, Channel channel, String rawAddress) {
        String address = rawAddress == null ? "" : rawAddress.strip();
        boolean valid = channel == Channel.EMAIL ? EMAIL.matcher(address).matches() : robots.permits(address);
        if (!valid || address.length() > 500) {
            throw new ContactRejected(channel == Channel.EMAIL ? "邮箱地址格式不正确：" + address
                    : "机器人地址须为钉钉或企业微信群机器人的 Webhook 地址（" + robots.describe() + " 开头）");
        }
        int added = jdbc.sql("insert into contact (organisation_id, channel, address) values (:u, :c, :a) on conflict do nothing")
                .param("u", unit).param("c", channel.name()).param("a", address).update();
        if (added == 0) {
            throw new ContactRejected("该单位已有此联系方式");
        }
        audit.record("新增提醒联系方式", "organisation", unit, null, Map.of("channel", channel.name(), "address", address));
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
