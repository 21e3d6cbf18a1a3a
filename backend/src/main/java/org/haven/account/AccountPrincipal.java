package org.haven.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as kept in the server-side session. It holds no password. Two principals
 * are equal when they are the same account, which is how the session registry finds all of an
 * account's sessions.
 */
public final class AccountPrincipal implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final Role role;
    private final boolean passwordChangeRequired;

    public AccountPrincipal(UUID id, String email, Role role, boolean passwordChangeRequired) {
        this.id = id;
        this.email = email;
        this.role = role;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getRole(),
                account.isPasswordChangeRequired());
    }

    public UUID id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The same account after its password was changed. */
    public AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(id, email, role, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + ", " + role + "]";
    }
}
