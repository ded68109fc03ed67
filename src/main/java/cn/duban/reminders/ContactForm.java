package cn.duban.reminders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit's reminder contact as the office enters it. {@code secret} is a 钉钉 robot's 加签 secret
 * (SEC…), {@code keyword} its 自定义关键词; both optional and for 钉钉 only. The secret is never
 * sent back: a refused form keeps everything else the user typed.
 */
record ContactForm(@NotNull(message = "请选择单位") Long unit,
        @NotNull(message = "请选择渠道") Channel channel,
        @NotBlank(message = "请填写邮箱或 Webhook 地址") @Size(max = 500, message = "地址不能超过 500 个字符") String address,
        @Size(max = 200, message = "加签密钥过长") String secret,
        @Size(max = 20, message = "关键词不能超过 20 个字") String keyword) {

    static ContactForm empty() {
        return new ContactForm(null, null, "", "", "");
    }

    /** What the page shows again after a refusal: all but the secret. */
    ContactForm withoutSecret() {
        return new ContactForm(unit, channel, address, "", keyword);
    }
}
