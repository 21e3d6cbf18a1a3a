package org.haven.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * When the last test has run: closes every cached Spring test context, then stops the embedded
 * PostgreSQL server. Left to the JVM's shutdown hooks, the two happen at once: a context's
 * scheduled job then waits 30 s for a connection to a server that has just stopped, and its
 * context waits for that job, until Surefire kills the test JVM and prints an error. Closing the
 * contexts first, while their databases are up, ends the run at once and quietly.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class TestRunEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        // Spring keeps its test context cache in this package-private static field and offers no
        // public way to close it before the JVM's shutdown hooks run.
        ContextCache contexts = (ContextCache) ReflectionTestUtils.getField(
                DefaultCacheAwareContextLoaderDelegate.class, "defaultContextCache");
        if (contexts != null) {
            contexts.clear();
        }
        EmbeddedPostgresSupport.stop();
    }
}
