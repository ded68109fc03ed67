package cn.duban.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it: account, unit and role. */
public final class DubanUser implements UserDetails, CredentialsContainer {

    private final UserAccount account;
    /** Only until the sign-in has checked it: a session (stored in the database) never holds the hash. */
    private String passwordHash;
    /** Whether the account was locked when it was loaded (by the application's clock), which is when it is checked. */
    private final boolean locked;

    DubanUser(UserAccount account, String passwordHash, Instant loadedAt) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.locked = account.lockedUntil() != null && !account.lockedUntil().toInstant().isBefore(loadedAt);
    }

    public UserAccount account() {
        return account;
    }

    public Role role() {
        return account.role();
    }

    public long organisationId() {
        return account.organisationId();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    /** One person, however often signed in: the session registry counts sessions per user name. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DubanUser u && u.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
