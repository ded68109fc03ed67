package cn.duban.security;

import cn.duban.refusal.Refusal;

/** A user or password change refused, with the reason in Chinese. */
public class AccountRejected extends Refusal {
    public AccountRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public AccountRejected(String message, String field) {
        super(message, field);
    }
}
