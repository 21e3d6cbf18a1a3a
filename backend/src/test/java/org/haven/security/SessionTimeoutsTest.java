package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.haven.shared.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute session lifetime (8 h from sign-in) with a clock moved forward, whatever the activity. */
class SessionTimeoutsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-28T08:00:00Z");

    private MockHttpServletResponse requestAt(Duration afterSignIn, MockHttpSession session) throws Exception {
        SessionLifetimeFilter filter = new SessionLifetimeFilter(new SessionProperties(Duration.ofHours(8), 5),
                new ProblemWriter(new ObjectMapper()), Clock.fixed(SIGNED_IN.plus(afterSignIn), ZoneOffset.UTC));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/auth/me");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aSessionEndsEightHoursAfterSignInHoweverActiveItIs() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, SIGNED_IN);

        MockHttpServletResponse stillIn = requestAt(Duration.ofHours(8), session);
        MockHttpServletResponse ended = requestAt(Duration.ofHours(8).plusSeconds(1), session);

        assertThat(stillIn.getStatus()).isEqualTo(200);
        assertThat(ended.getStatus()).isEqualTo(401);
        assertThat(ended.getContentType()).startsWith("application/problem+json");
        assertThat(session.isInvalid()).isTrue();
    }
}
