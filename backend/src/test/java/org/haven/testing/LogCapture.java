package org.haven.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * The warnings and errors a test provokes on purpose: while each test runs, what the logger writes
 * is kept here instead of printed, so the test can assert on it and the build log keeps ERROR for
 * failures. The logger goes back to printing after the test. An app the test starts itself (e.g.
 * with {@code SpringApplicationBuilder}) would set the logging up afresh and drop the capture, so
 * meanwhile Spring Boot is told to leave the logging alone ({@code logback-test.xml} stays).
 *
 * <pre>{@code
 * @RegisterExtension
 * final LogCapture log = LogCapture.of(MatchingRuns.class);
 * ...
 * assertThat(log.messages(Level.ERROR)).anySatisfy(message -> assertThat(message).contains("ran out of memory"));
 * }</pre>
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    /** Spring Boot's switch for its logging system; {@code none} keeps the logging as it is. */
    private static final String BOOT_LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final String loggerName;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
        }
    };
    private boolean additive;
    private String bootLoggingSystem;

    private LogCapture(String loggerName) {
        this.loggerName = loggerName;
    }

    public static LogCapture of(Class<?> loggingClass) {
        return of(loggingClass.getName());
    }

    /** By logger name, for a class the test cannot see (package-private elsewhere). */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        events.clear();
        Logger logger = logger();
        additive = logger.isAdditive();
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        bootLoggingSystem = System.setProperty(BOOT_LOGGING_SYSTEM, "none");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (bootLoggingSystem == null) {
            System.clearProperty(BOOT_LOGGING_SYSTEM);
        } else {
            System.setProperty(BOOT_LOGGING_SYSTEM, bootLoggingSystem);
        }
        Logger logger = logger();
        logger.detachAppender(appender);
        logger.setAdditive(additive);
        appender.stop();
    }

    /** The formatted messages logged at exactly this level, oldest first. */
    public List<String> messages(Level level) {
        return events.stream().filter(event -> event.getLevel().equals(level))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Everything logged, oldest first. */
    public List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    private Logger logger() {
        return (Logger) LoggerFactory.getLogger(loggerName);
    }
}
