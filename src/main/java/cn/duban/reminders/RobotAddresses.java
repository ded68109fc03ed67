package cn.duban.reminders;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a group robot may be reached: only the robots' own public endpoints (钉钉, 企业微信) by
 * default, https, compared by scheme, host, port and path — never an address inside the
 * network. Offices with a private gateway add its prefix to {@code duban.robots.allowed}.
 */
@Component
class RobotAddresses {

    private final List<URI> allowed;

    RobotAddresses(
            @Value("${duban.robots.allowed:https://oapi.dingtalk.com/robot/send,https://qyapi.weixin.qq.com/cgi-bin/webhook/send}") String allowed) {
        this.allowed = Arrays.stream(allowed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(URI::create).toList();
    }

    boolean permits(String address) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return false;
        }
        for (URI a : allowed) {
            if (a.getScheme().equalsIgnoreCase(uri.getScheme())
                    && a.getHost().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT))
                    && port(a) == port(uri)
                    && (uri.getRawPath() == null ? "" : uri.getRawPath()).startsWith(a.getRawPath() == null ? "" : a.getRawPath())) {
                return true;
            }
        }
        return false;
    }

    String describe() {
        return String.join("、", allowed.stream().map(URI::toString).toList());
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
