package cn.duban.security;

/** An account's own password was changed (its initial one, or an old one): published after the change is written. */
public record PasswordChanged(String username) {
}
