package cn.duban.security;

import cn.duban.audit.Refusals;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Single sign-on's parts ({@link SsoSettings}); present with no provider too, when they only say there is none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoSettings.class)
class SsoConfiguration {

    @Bean
    SsoRegistrations ssoRegistrations(SsoSettings settings) {
        return new SsoRegistrations(settings);
    }

    @Bean
    SsoSignIn ssoSignIn(SsoSettings settings, SsoRegistrations registrations, ExternalIdentities identities, ExternalSignIn signIn,
            Refusals refusals) {
        return new SsoSignIn(settings, registrations, identities, signIn, refusals);
    }
}
