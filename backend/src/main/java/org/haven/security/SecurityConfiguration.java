package org.haven.security;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.haven.account.Role;
import org.haven.shared.MapTiles;
import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The URL rules (default deny: every API path must be named here), server-side sessions (kept
 * in the database, {@link SessionStoreConfiguration}), CSRF for the SPA, and problem+json for every 401/403 the filters produce.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_URL = "/api/auth/login";
    static final String LOGOUT_URL = "/api/auth/logout";
    static final String SESSION_COOKIE = "HAVEN_SESSION";
    private static final long ONE_YEAR_SECONDS = 31_536_000;

    /** Scripts and styles only from Haven itself: no inline script can run, whatever gets injected. */
    /**
     * With secure cookies Haven is reached over TLS (directly or behind a proxy that terminates
     * it), so every answer tells browsers to use HTTPS only, for a year; Spring's default sends
     * the header only on requests the server itself sees as secure, which a proxy hides.
     */
    private static void strictTransportSecurity(HeadersConfigurer<HttpSecurity>.HstsConfig hsts, boolean secureCookies) {
        if (secureCookies) {
            hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(ONE_YEAR_SECONDS).includeSubDomains(true);
        }
    }

    /** What sign-out sends to remove the session cookie: expired, with the same flags as the cookie itself. */
    private static Cookie clearedSessionCookie(boolean secure) {
        Cookie cookie = new Cookie(SESSION_COOKIE, null);
        cookie.setPath("/");
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        return cookie;
    }

    /** No inline scripts or styles anywhere; images also from the map's tile server. */
    static String contentSecurityPolicy(MapTiles tiles) {
        return String.join("; ",
                "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: " + tiles.origin(),
                "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'");
    }

    /**
     * The paths below are matched with Spring's path patterns (PathPatternRequestMatcher), as Spring
     * MVC matches its own mappings and as Spring Security 7 does by default. Without this bean each
     * requestMatchers call looked up MVC's handler mappings in the context: a tenth of every start
     * of the app's context in the tests. AccessMatrixTest and FuzzApiTest hold every endpoint to
     * its roles.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems,
            SecurityContextRepository securityContexts, SessionRegistry sessionRegistry,
            RateLimits rateLimits, SessionProperties sessionProperties, Clock clock, MapTiles tiles,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        // Secure like the session cookie (HAVEN_SECURE_COOKIES): behind TLS no cookie goes out over plain HTTP.
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/").secure(secureCookies));
        http
                .securityContext(context -> context.securityContextRepository(securityContexts))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        // The SPA echoes the cookie value in a header: the plain (not XOR-masked) token.
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .cors(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(form -> form
                        .loginProcessingUrl(LOGIN_URL)
                        .successHandler(new LoginSuccessHandler(clock, rateLimits))
                        .failureHandler(new LoginFailureHandler(problems))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl(LOGOUT_URL)
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .addLogoutHandler(new CookieClearingLogoutHandler(clearedSessionCookie(secureCookies)))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(
                                org.springframework.http.HttpStatus.NO_CONTENT)))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        // At most this many sessions per account: signing in once more ends the
                        // oldest (refusing would let whoever knows the password lock its owner out).
                        .maximumSessions(sessionProperties.maxPerAccount())
                        .maxSessionsPreventsLogin(false)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(event -> problems.write(event.getRequest(), event.getResponse(),
                                ProblemType.UNAUTHENTICATED, "Your session has ended. Please sign in again.")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .headers(headers -> headers
                        .httpStrictTransportSecurity(hsts -> strictTransportSecurity(hsts, secureCookies))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(new RateLimitFilter(rateLimits, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(sessionProperties, problems, clock), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
                .addFilterBefore(new SecondFactorFilter(problems), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/csrf").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/register").permitAll()
                        // Emailed links: no session, the unguessable token is the key.
                        .requestMatchers(HttpMethod.POST, "/api/auth/verify-email/*", "/api/auth/password-reset",
                                "/api/auth/password-reset/*", "/api/auth/invitation/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/auth/password").authenticated()
                        // Two-factor sign-in; what a half-signed-in session may reach: SecondFactorFilter.
                        .requestMatchers(HttpMethod.POST, "/api/auth/totp", "/api/auth/totp/enrolment",
                                "/api/auth/totp/enrolment/confirm", "/api/auth/totp/disable").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/geo/lookup").authenticated()
                        .requestMatchers("/api/host/**").hasRole(Role.HOST.name())
                        .requestMatchers(HttpMethod.GET, "/api/hosts", "/api/hosts/*")
                                .hasAnyRole(Role.CASEWORKER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/hosts/*/vetting").hasRole(Role.CASEWORKER.name())
                        .requestMatchers("/api/families", "/api/families/**").hasRole(Role.CASEWORKER.name())
                        // Proposals show family summaries: caseworkers only, like family cases.
                        .requestMatchers("/api/matching/**").hasRole(Role.CASEWORKER.name())
                        .requestMatchers("/api/placements", "/api/placements/**").hasRole(Role.CASEWORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/dashboard", "/api/map").hasRole(Role.CASEWORKER.name())
                        // CSV imports create family cases and hosts: caseworkers only, like family cases.
                        .requestMatchers("/api/import/**").hasRole(Role.CASEWORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/map/tiles").authenticated()
                        // The family's intake form: no account, the unguessable token is the key.
                        .requestMatchers(HttpMethod.GET, "/api/intake/*").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/intake/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/intake/*/submit").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/notifications").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/notifications/*/read").authenticated()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/**").denyAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // The SPA: index.html, its assets and its deep links. No data is served here.
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

}
