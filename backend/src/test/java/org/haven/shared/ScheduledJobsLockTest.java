package org.haven.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.haven.testing.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * Every scheduled job runs once per cluster: each {@code @Scheduled} method of the application
 * carries {@code @SchedulerLock}, and calling it as the scheduler does (through the bean) takes its
 * row in {@code shedlock}. The one exception runs on every instance on purpose: the progress
 * poller serves each instance's own event-stream listeners.
 */
@HttpTest
class ScheduledJobsLockTest {

    private static final String PER_INSTANCE = "org.haven.matching.RunEventPoller";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyScheduledJobTakesItsClusterLockWhenItRuns() {
        List<String> locks = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("org.haven.")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Scheduled.class) || type.getName().equals(PER_INSTANCE)) {
                    continue;
                }
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                assertThat(lock).as(type.getSimpleName() + "." + method.getName() + " has a ShedLock").isNotNull();
                Method onProxy = ReflectionUtils.findMethod(bean.getClass(), method.getName());
                ReflectionUtils.makeAccessible(onProxy);
                ReflectionUtils.invokeMethod(onProxy, bean);
                locks.add(lock.name());
            }
        }
        assertThat(locks).contains("placement-deadlines", "family-retention", "rate-limit-cleanup", "session-cleanup",
                "matching-lease-check", "import-jobs-check");
        assertThat(jdbc.queryForList("SELECT name FROM shedlock", String.class))
                .as("each job took its lock row when it ran").containsAll(locks);
    }
}
