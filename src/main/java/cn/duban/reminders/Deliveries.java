package cn.duban.reminders;

import cn.duban.crypto.FieldCipher;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends queued reminders to mailboxes and robots. A sender first claims a batch (FOR UPDATE
 * SKIP LOCKED, state SENDING), so two instances never take the same delivery; what it sent is
 * marked SENT. A claim left by a sender that died is taken again after ten minutes: a crash
 * between sending and marking can repeat that one message, nothing else can.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final List<Sender> senders;

    private final FieldCipher cipher;

    Deliveries(JdbcClient jdbc, List<Sender> senders, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.cipher = cipher;
    }

    /** One message to send: where, and what. */
    /**
     * A message to send. {@code secret} (a 钉钉 robot's 加签 secret, opened only to send) and
     * {@code keyword} (the word a 钉钉 robot requires in every message) are its contact's, or null.
     */
    public record Outgoing(long id, Channel channel, String address, Grade grade, String title, String body, String secret,
            String keyword) {
    }

    /** A way of sending one channel's messages. */
    public interface Sender {
        Channel channel();

        void send(Outgoing message) throws Exception;
    }

    /** Sends what is queued, batch by batch; returns how many were sent. */
    public int sendPending() {
        int sent = 0;
        List<Outgoing> batch;
        while (!(batch = claim()).isEmpty()) {
            for (Outgoing o : batch) {
                sent += send(o) ? 1 : 0;
            }
        }
        return sent;
    }

    private List<Outgoing> claim() {
        return jdbc.sql("""
                update delivery d set state = 'SENDING', claimed_at = now(), attempts = attempts + 1
                from notification n
                where n.id = d.notification_id and d.id in (
                    select id from delivery
                    where state = 'PENDING' or (state = 'SENDING' and claimed_at < now() - interval '10 minutes')
                    order by id limit 20 for update skip locked)
                returning d.id, d.channel, d.address, n.grade, n.title, n.body,
                    (select k.secret from contact k where k.id = d.contact_id) as secret,
                    (select k.keyword from contact k where k.id = d.contact_id) as keyword""")
                .query(Outgoing.class).list().stream()
                // Addresses are kept SM4-encrypted (copied from the contact as they are); opened only to send.
                .map(o -> new Outgoing(o.id(), o.channel(), cipher.open(o.address()), o.grade(), o.title(), o.body(),
                        o.secret() == null ? null : cipher.open(o.secret()), o.keyword()))
                .toList();
    }

    /** Sends one message at once, outside the queue (发送测试消息); returns why it failed, or null when it went. */
    String sendDirect(Outgoing o) {
        Exception failure = attempt(o);
        if (failure == null) {
            return null;
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    private boolean send(Outgoing o) {
        Exception failure = attempt(o);
        if (failure == null) {
            jdbc.sql("update delivery set state = 'SENT', sent_at = now(), last_error = null where id = :id")
                    .param("id", o.id()).update();
            return true;
        }
        log.warn("提醒发送失败（{} {}）：{}", o.channel(), Notifications.masked(o.channel(), o.address()), failure.getMessage());
        jdbc.sql("""
                update delivery set state = case when attempts >= :max then 'FAILED' else 'PENDING' end,
                    last_error = :err where id = :id""")
                .param("max", MAX_ATTEMPTS).param("err", String.valueOf(failure.getMessage())).param("id", o.id()).update();
        return false;
    }

    /** One try through the channel's sender, counted in the metrics; the failure, or null when it went. */
    private Exception attempt(Outgoing o) {
        Sender sender = senders.stream().filter(s -> s.channel() == o.channel()).findFirst().orElse(null);
        try {
            if (sender == null) {
                throw new IllegalStateException("未配置" + o.channel().label() + "发送方式");
            }
            sender.send(o);
            delivered(o, "sent");
            return null;
        } catch (Exception e) {
            delivered(o, "failed");
            return e;
        }
    }

    /** Deliveries by channel and outcome, for the operators' metrics (duban_reminders_delivered_total). */
    private static void delivered(Outgoing o, String outcome) {
        io.micrometer.core.instrument.Metrics.counter("duban.reminders.delivered", "channel", o.channel().name(), "outcome", outcome)
                .increment();
    }
}
