package cn.duban.security;

/** A request the user's role or unit does not allow. */
public class NotPermitted extends RuntimeException {
    public NotPermitted(String message) {
        super(message);
    }
}
