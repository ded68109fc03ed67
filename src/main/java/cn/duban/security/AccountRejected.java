package cn.duban.security;

/** A user or password change refused, with the reason in Chinese. */
public class AccountRejected extends RuntimeException {
    public AccountRejected(String message) {
        super(message);
    }
}
