package cn.duban.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reminder webhooks reach only the robots' public endpoints (issue 10, hole 8: requests forged through webhooks). */
class RobotAddressTests {

    private final RobotAddresses robots = new RobotAddresses(
            "https://oapi.dingtalk.com/robot/send,https://qyapi.weixin.qq.com/cgi-bin/webhook/send");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://oapi.dingtalk.com/robot/send?access_token=abc, true",
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k, true",
            "HTTPS://OAPI.DINGTALK.COM/robot/send?access_token=abc, true",
            "http://oapi.dingtalk.com/robot/send?access_token=abc, false",
            "https://127.0.0.1:5432/, false",
            "http://localhost:8080/api/users, false",
            "https://oapi.dingtalk.com.evil.cn/robot/send, false",
            "https://user@oapi.dingtalk.com/robot/send, false",
            "https://oapi.dingtalk.com:8443/robot/send, false",
            "https://oapi.dingtalk.com/other, false",
            "file:///etc/passwd, false",
            "not a url, false"})
    void onlyTheRobotsOwnEndpoints(String address, boolean permitted) {
        assertThat(robots.permits(address)).isEqualTo(permitted);
    }
}
