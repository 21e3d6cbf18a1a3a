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
    private static final long serialVersionUID = 2L;

    private final UUID id;
    private final String email;
    private final Role role;
    private final boolean passwordChangeRequired;
    private final SecondFactor secondFactor;

    public AccountPrincipal(UUID id, String email, Role role, boolean passwordChangeRequired) {
        this(id, email, role, passwordChangeRequired, SecondFactor.DONE);
    }

    AccountPrincipal(UUID id, String email, Role role, boolean passwordChangeRequired, SecondFactor secondFactor) {
        this.id = id;
        this.email = email;
        this.role = role;
        this.passwordChangeRequired = passwordChangeRequired;
        this.secondFactor = secondFactor;
    }

    static AccountPrincipal of(Account account, SecondFactor secondFactor) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getRole(),
                account.isPasswordChangeRequired(), secondFactor);
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

    /** Where this session stands with the second factor; anything but {@code DONE} is half signed in. */
    public SecondFactor secondFactor() {
        return secondFactor;
    }

    /** The same account after its password was changed. */
    public AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(id, email, role, false, secondFactor);
    }

    /** The same account once the second step of its sign-in is done. */
    AccountPrincipal withSecondFactorDone() {
        return new AccountPrincipal(id, email, role, passwordChangeRequired, SecondFactor.DONE);
    }

    /**
     * The role, only once fully signed in: a half-signed-in session holds no authority at all, so
     * even a URL rule missed by the second-factor filter lets it reach nothing a role opens.
     */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return secondFactor == SecondFactor.DONE ? List.of(new SimpleGrantedAuthority(role.authority())) : List.of();
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
