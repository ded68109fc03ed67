package cn.duban.messaging;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DingTalkSettings.class)
class MessagingConfiguration {

    @Bean
    DingTalk dingTalk(DingTalkSettings settings, Clock clock) {
        return new DingTalk(settings, clock);
    }
}
