package cn.duban.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The messaging app's open platform, under {@code duban.dingtalk}: off unless {@code enabled}. Its two hosts (the
 * new API and the older {@code oapi}; 浙政钉 and 粤政易 give their own with the same paths), the app's key and
 * secret, the work-notice agent, Duban's own address for the links in a 待办, and whether the light app's sign-in
 * (免登, the app's device and password already passed) counts as the second factor.
 */
@ConfigurationProperties("duban.dingtalk")
record DingTalkSettings(boolean enabled, String apiBase, String oapiBase, String loginBase, String appKey, String appSecret,
        Long agentId, String dubanUrl, boolean signInCountsAsSecondFactor) {

    DingTalkSettings {
        loginBase = trim(loginBase == null || loginBase.isBlank() ? "https://login.dingtalk.com" : loginBase);
        apiBase = trim(apiBase == null || apiBase.isBlank() ? "https://api.dingtalk.com" : apiBase);
        oapiBase = trim(oapiBase == null || oapiBase.isBlank() ? "https://oapi.dingtalk.com" : oapiBase);
        dubanUrl = dubanUrl == null ? "" : trim(dubanUrl);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
