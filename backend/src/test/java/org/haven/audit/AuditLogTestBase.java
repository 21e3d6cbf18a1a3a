package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.haven.shared.crypto.EncryptionConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log as Flyway creates it. Subclasses choose the database. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditLogTestBase.SettableClockConfiguration.class, EncryptionConfiguration.class})
abstract class AuditLogTestBase {

    private static final Instant NINE = Instant.parse("2025-03-01T09:00:00Z");

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private SettableClock clock;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    private void recordAt(Instant when, UUID actor, String action, UUID subject) {
        clock.set(when);
        auditLog.record(actor, action, "ACCOUNT", subject);
    }

    /** Reads from the database from now on, not from the persistence context. */
    private void forgetLoadedEntities() {
        entityManager.flush();
        entityManager.clear();
    }

    /** An event is new: saving it inserts it, without first reading the row by id (a merge would). */
    @Test
    void recordingAnEventIsOneInsertAndNoRead() {
        Statistics statistics = entityManager.getEntityManager().getEntityManagerFactory()
                .unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            recordAt(NINE, UUID.randomUUID(), "ACCOUNT_CREATED_HOST", UUID.randomUUID());
            entityManager.flush();

            assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void recordedEventIsStoredWithWhoWhatWhenAndWhich() {
        UUID admin = UUID.randomUUID();
        UUID subject = UUID.randomUUID();

        recordAt(NINE, admin, "ACCOUNT_CREATED_HOST", subject);
        forgetLoadedEntities();

        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class, subject))
                .isEqualTo(1);
        assertThat(auditLog.about(subject))
                .extracting(AuditEvent::getOccurredAt, AuditEvent::getActorId, AuditEvent::getAction,
                        AuditEvent::getSubjectType, AuditEvent::getSubjectId)
                .containsExactly(tuple(NINE, admin, "ACCOUNT_CREATED_HOST", "ACCOUNT", subject));
    }

    @Test
    void eventsAboutASubjectComeInTimeOrderNotRecordingOrder() {
        UUID subject = UUID.randomUUID();
        recordAt(NINE.plusSeconds(120), subject, "PASSWORD_CHANGED", subject);
        recordAt(NINE, null, "ACCOUNT_REGISTERED", subject);
        recordAt(NINE.plusSeconds(60), subject, "LOGIN_SUCCEEDED", subject);
        forgetLoadedEntities();

        assertThat(auditLog.about(subject))
                .extracting(AuditEvent::getAction, AuditEvent::getOccurredAt)
                .containsExactly(
                        tuple("ACCOUNT_REGISTERED", NINE),
                        tuple("LOGIN_SUCCEEDED", NINE.plusSeconds(60)),
                        tuple("PASSWORD_CHANGED", NINE.plusSeconds(120)));
    }

    @Test
    void eventsAboutOtherSubjectsAreLeftOut() {
        UUID subject = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        recordAt(NINE, null, "LOGIN_FAILED", subject);
        recordAt(NINE, null, "LOGIN_FAILED", someoneElse);
        recordAt(NINE, null, "LOGIN_FAILED", null);
        forgetLoadedEntities();

        assertThat(auditLog.about(subject)).extracting(AuditEvent::getSubjectId).containsExactly(subject);
    }

    @Test
    void eventWithoutActorOrSubjectTypeIsStored() {
        UUID subject = UUID.randomUUID();
        clock.set(NINE);
        auditLog.record(null, "LOGIN_FAILED", null, subject);
        forgetLoadedEntities();

        assertThat(auditLog.about(subject)).singleElement().satisfies(event -> {
            assertThat(event.getActorId()).isNull();
            assertThat(event.getSubjectType()).isNull();
            assertThat(event.getAction()).isEqualTo("LOGIN_FAILED");
        });
    }

    @Test
    void searchFindsNewestFirstAndEveryFilterIsOptional() {
        UUID admin = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        recordAt(NINE, admin, "ACCOUNT_CREATED_CASEWORKER", subject);
        recordAt(NINE.plusSeconds(60), subject, "LOGIN_SUCCEEDED", subject);
        recordAt(NINE.plusSeconds(120), admin, "ACCOUNT_DISABLED", subject);
        recordAt(NINE.plusSeconds(180), admin, "ACCOUNT_DISABLED", other);
        forgetLoadedEntities();

        assertThat(search(new AuditLog.Criteria(null, null, null, NINE, null)))
                .containsExactly("ACCOUNT_DISABLED", "ACCOUNT_DISABLED", "LOGIN_SUCCEEDED", "ACCOUNT_CREATED_CASEWORKER");
        assertThat(search(new AuditLog.Criteria(admin, null, subject, null, null)))
                .containsExactly("ACCOUNT_DISABLED", "ACCOUNT_CREATED_CASEWORKER");
        assertThat(search(new AuditLog.Criteria(admin, "ACCOUNT_DISABLED", null, null, null)))
                .containsExactly("ACCOUNT_DISABLED", "ACCOUNT_DISABLED");
        assertThat(search(new AuditLog.Criteria(null, null, subject, NINE.plusSeconds(60), NINE.plusSeconds(120))))
                .as("from included, to excluded").containsExactly("LOGIN_SUCCEEDED");
        assertThat(auditLog.search(new AuditLog.Criteria(null, null, subject, null, null), 1, 2))
                .extracting(AuditEvent::getAction).containsExactly("ACCOUNT_CREATED_CASEWORKER");
        assertThat(auditLog.actions()).contains("ACCOUNT_CREATED_CASEWORKER", "ACCOUNT_DISABLED", "LOGIN_SUCCEEDED")
                .doesNotHaveDuplicates();
    }

    @Test
    void detailsAreStoredAsJsonBesideTheEvent() {
        UUID subject = UUID.randomUUID();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", Map.of("role", "CASEWORKER"));
        details.put("after", Map.of("role", "ADMIN"));

        auditLog.record(UUID.randomUUID(), "ACCOUNT_ROLE_CHANGED", "ACCOUNT", subject, details);
        auditLog.record(null, "LOGIN_FAILED", "ACCOUNT", subject, Map.of());
        forgetLoadedEntities();

        assertThat(jdbc.queryForList("select details from audit_event where subject_id = ? order by action",
                String.class, subject))
                .containsExactly("{\"before\":{\"role\":\"CASEWORKER\"},\"after\":{\"role\":\"ADMIN\"}}", null);
    }

    private List<String> search(AuditLog.Criteria criteria) {
        return auditLog.search(criteria, 0, 100).map(AuditEvent::getAction).getContent();
    }

    /** A clock the test sets, so recorded times are known and distinct. */
    static final class SettableClock extends Clock {

        private volatile Instant now = NINE;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The audit log works in UTC");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SettableClockConfiguration {

        @Bean
        SettableClock clock() {
            return new SettableClock();
        }
    }
}
