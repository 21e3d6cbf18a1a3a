package org.haven.testing;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * When the last test has run: closes every Spring context the tests started and Spring's test
 * context cache still keeps open, newest first, then stops the embedded PostgreSQL server. Left
 * to the JVM's shutdown hooks, the two happen at once: a context's scheduled job then waits 30 s
 * for a connection to a server that has just stopped, its context waits for that job, and Surefire
 * kills the test JVM with an error. Closing the contexts first, while their databases are up,
 * ends the run at once and quietly. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}; the contexts are
 * known through {@link Register}, in the tests' {@code META-INF/spring.factories}.
 */
public final class TestRunEnd implements LauncherSessionListener {

    private static final Deque<ConfigurableApplicationContext> OPEN = new ConcurrentLinkedDeque<>();

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        for (ConfigurableApplicationContext context = OPEN.pollFirst(); context != null; context = OPEN.pollFirst()) {
            context.close();
        }
        EmbeddedPostgresSupport.stop();
    }

    /** Keeps each application context a test starts until it closes (Spring's cache closes some earlier). */
    public static final class Register implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            OPEN.addFirst(context);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    OPEN.remove(context);
                }
            });
        }
    }
}
