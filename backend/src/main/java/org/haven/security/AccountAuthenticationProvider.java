package org.haven.security;

import org.haven.account.AccountPrincipal;
import org.haven.account.SignInService;
import org.haven.shared.ProblemException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Signs in with email and password through the account module, which keeps the lock counts. */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final SignInService signIn;

    AccountAuthenticationProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        AccountPrincipal principal;
        try {
            principal = signIn.signIn(email, password)
                    .orElseThrow(() -> new BadCredentialsException("Sign-in failed"));
        } catch (ConcurrencyFailureException simultaneousAttempt) {
            // Two attempts on one account at once: one of them lost the update of the failure count.
            throw new BadCredentialsException("Sign-in failed", simultaneousAttempt);
        } catch (ProblemException busy) {
            // No password-checking slot came free in time: answered 503 by the failure handler.
            throw new AuthenticationServiceException(busy.getMessage(), busy);
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
