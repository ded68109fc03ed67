package cn.duban.security;

import cn.duban.refusal.Refusal;

/** A request the user's role or unit does not allow: 403, and a security event the auditor sees. */
public class NotPermitted extends Refusal {
    public NotPermitted(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "无权操作";
    }
}
