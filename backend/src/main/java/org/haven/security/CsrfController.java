package org.haven.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands the SPA its CSRF token; reading the token also sets the {@code XSRF-TOKEN} cookie. */
@RestController
class CsrfController {

    record CsrfResponse(String token, String headerName) {
    }

    @GetMapping("/api/auth/csrf")
    CsrfResponse csrf(CsrfToken token) {
        return new CsrfResponse(token.getToken(), token.getHeaderName());
    }
}
