package cn.duban.reminders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Reminders by email through the SMTP server of spring.mail.* (DUBAN_MAIL_HOST and friends). */
@Component
class EmailSender implements Deliveries.Sender {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailSender(ObjectProvider<JavaMailSender> mail, @Value("${duban.mail.from:duban@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Deliveries.Outgoing o) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("未配置邮件服务器（spring.mail.host）");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(o.address());
        message.setSubject("【" + o.grade().label() + "】" + o.title());
        message.setText(o.body() + "\n\n—— 督办系统");
        sender.send(message);
    }
}
