package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.haven.shared.crypto.EncryptionConfiguration;
import org.haven.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Level;

/**
 * The account table as Flyway creates it, exercised through the repository. Subclasses choose
 * the database; every test runs on each of them.
 */
@DataJpaTest(showSql = false)
@Import(EncryptionConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class AccountRepositoryTestBase {

    /** Hibernate logs each refused statement as an ERROR: the refusals below are expected. */
    @RegisterExtension
    final LogCapture sqlErrors = LogCapture.of("org.hibernate.engine.jdbc.spi.SqlExceptionHelper");

    private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");
    private static final PageRequest FIRST_TWENTY_BY_EMAIL = PageRequest.of(0, 20, Sort.by("email"));

    @Autowired
    private AccountRepository accounts;

    @Autowired
    private TestEntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Flyway flyway;

    @Value("${spring.jpa.hibernate.ddl-auto}")
    private String ddlAuto;

    private static Account account(String email, String displayName, Role role) {
        return new Account(email, displayName, "argon2-hash", role, false, CREATED);
    }

    private Account saved(String email, String displayName, Role role) {
        return accounts.saveAndFlush(account(email, displayName, role));
    }

    private void disable(Account account) {
        jdbc.update("update account set status = 'DISABLED' where id = ?", account.getId());
    }

    /** Reads from the database from now on, not from the persistence context. */
    private void forgetLoadedEntities() {
        entityManager.flush();
        entityManager.clear();
    }

    private static List<String> emails(Page<Account> page) {
        return page.getContent().stream().map(Account::getEmail).toList();
    }

    @Test
    void migrationsApplyAndHibernateValidatesTheSchema() {
        assertThat(ddlAuto).isEqualTo("validate");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current()).isNotNull();
        assertThat(flyway.info().applied()).as("every migration on the classpath ran")
                .hasSameSizeAs(flyway.info().all());
    }

    @Test
    void savedAccountIsFoundByEmailWithAllItsFields() {
        Account original = saved("helen@example.org", "Helen Host", Role.HOST);
        forgetLoadedEntities();

        Account found = accounts.findByEmail("helen@example.org").orElseThrow();

        assertThat(found).isNotSameAs(original);
        assertThat(found.getId()).isEqualTo(original.getId());
        assertThat(found.getDisplayName()).isEqualTo("Helen Host");
        assertThat(found.getRole()).isEqualTo(Role.HOST);
        assertThat(found.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(found.getPasswordHash()).isEqualTo("argon2-hash");
        assertThat(found.getCreatedAt()).isEqualTo(CREATED);
        assertThat(found.getLockedUntil()).isNull();
        assertThat(accounts.existsByEmail("helen@example.org")).isTrue();
        assertThat(accounts.findByEmail("nobody@example.org")).isEmpty();
        assertThat(accounts.existsByEmail("nobody@example.org")).isFalse();
    }

    @Test
    void lockAndSignInTimesSurviveARoundTrip() {
        Account account = saved("locked@example.org", "Locked Out", Role.HOST);
        Instant signedIn = Instant.parse("2025-03-02T10:15:30Z");
        account.recordSuccessfulLogin(signedIn);
        Instant lockStart = Instant.parse("2025-03-03T08:00:00Z");
        Instant lockedUntil = null;
        for (int i = 0; i < 5; i++) {
            lockedUntil = account.recordFailedLogin(lockStart, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        }
        forgetLoadedEntities();

        Account found = accounts.findById(account.getId()).orElseThrow();

        assertThat(found.getLastLoginAt()).isEqualTo(signedIn);
        assertThat(found.getLockedUntil()).isEqualTo(lockedUntil).isEqualTo(lockStart.plusSeconds(60));
        assertThat(found.isLockedAt(lockStart)).isTrue();
    }

    @Test
    void duplicateEmailIsRefused() {
        saved("same@example.org", "First", Role.HOST);

        assertThatThrownBy(() -> saved("same@example.org", "Second", Role.CASEWORKER))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(sqlErrors.messages(Level.ERROR)).singleElement().asString().containsIgnoringCase("uk_account_email");
    }

    @Test
    void upperCaseEmailIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> saved("Helen@Example.org", "Helen Host", Role.HOST))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(sqlErrors.messages(Level.ERROR)).singleElement().asString().containsIgnoringCase("ck_account_email");
    }

    @Test
    void searchWithoutFiltersFindsEveryAccountInEmailOrder() {
        saved("c@example.org", "Cara", Role.HOST);
        saved("a@example.org", "Abel", Role.ADMIN);
        saved("b@example.org", "Bea", Role.CASEWORKER);

        Page<Account> page = accounts.search(null, null, null, FIRST_TWENTY_BY_EMAIL);

        assertThat(emails(page)).containsExactly("a@example.org", "b@example.org", "c@example.org");
    }

    @Test
    void searchFiltersByRole() {
        saved("host1@example.org", "Host One", Role.HOST);
        saved("host2@example.org", "Host Two", Role.HOST);
        saved("worker@example.org", "Case Worker", Role.CASEWORKER);

        assertThat(emails(accounts.search(Role.HOST, null, null, FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("host1@example.org", "host2@example.org");
        assertThat(emails(accounts.search(Role.CASEWORKER, null, null, FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("worker@example.org");
        assertThat(accounts.search(Role.ADMIN, null, null, FIRST_TWENTY_BY_EMAIL)).isEmpty();
    }

    @Test
    void searchFiltersByStatus() {
        saved("active@example.org", "Still Here", Role.HOST);
        disable(saved("gone@example.org", "Gone Away", Role.HOST));
        forgetLoadedEntities();

        assertThat(emails(accounts.search(null, AccountStatus.DISABLED, null, FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("gone@example.org");
        assertThat(emails(accounts.search(null, AccountStatus.ACTIVE, null, FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("active@example.org");
    }

    @Test
    void searchMatchesTextInEmailOrDisplayNameWhateverItsCase() {
        saved("priya.shah@example.org", "Priya Shah", Role.HOST);
        saved("iain@example.org", "Iain MacLeod", Role.HOST);
        saved("tom@example.org", "Tom & Ruth Evans", Role.HOST);

        assertThat(emails(accounts.search(null, null, "%shah%", FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("priya.shah@example.org");
        assertThat(emails(accounts.search(null, null, "%macleod%", FIRST_TWENTY_BY_EMAIL)))
                .as("display name MacLeod matches lower-case pattern").containsExactly("iain@example.org");
        assertThat(emails(accounts.search(null, null, "%example.org%", FIRST_TWENTY_BY_EMAIL))).hasSize(3);
        assertThat(accounts.search(null, null, "%nobody%", FIRST_TWENTY_BY_EMAIL)).isEmpty();
    }

    @Test
    void searchTreatsEscapedWildcardsLiterally() {
        saved("under_score@example.org", "Under Score", Role.HOST);
        saved("underxscore@example.org", "Under X Score", Role.HOST);
        saved("percent@example.org", "Hundred % Sure", Role.HOST);
        saved("plain@example.org", "Hundred Sure", Role.HOST);

        // AccountService escapes "_", "%" and "\" with a backslash. Hibernate 6 renders a LIKE
        // without an ESCAPE clause as "like ? escape ''", so the query itself must name the backslash.
        assertThat(emails(accounts.search(null, null, "%under\\_score%", FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("under_score@example.org");
        assertThat(emails(accounts.search(null, null, "%hundred \\%%", FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("percent@example.org");
    }

    @Test
    void searchCombinesFilters() {
        saved("anna.host@example.org", "Anna", Role.HOST);
        disable(saved("anna.old@example.org", "Anna", Role.HOST));
        saved("anna.worker@example.org", "Anna", Role.CASEWORKER);
        saved("bob.host@example.org", "Bob", Role.HOST);
        forgetLoadedEntities();

        assertThat(emails(accounts.search(Role.HOST, AccountStatus.ACTIVE, "%anna%", FIRST_TWENTY_BY_EMAIL)))
                .containsExactly("anna.host@example.org");
    }

    @Test
    void searchPagesThroughTheResults() {
        for (String name : List.of("e", "d", "c", "b", "a")) {
            saved(name + "@example.org", "Host " + name, Role.HOST);
        }

        Page<Account> second = accounts.search(Role.HOST, null, null, PageRequest.of(1, 2, Sort.by("email")));
        Page<Account> last = accounts.search(Role.HOST, null, null, PageRequest.of(2, 2, Sort.by("email")));

        assertThat(emails(second)).containsExactly("c@example.org", "d@example.org");
        assertThat(second.getTotalElements()).isEqualTo(5);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(emails(last)).containsExactly("e@example.org");
    }

    @Test
    void staleUpdateIsRefusedByTheVersionCheck() {
        Account account = saved("racing@example.org", "Racing Writer", Role.HOST);
        // Another transaction changed the row since this one read it.
        jdbc.update("update account set version = version + 1 where id = ?", account.getId());

        account.recordSuccessfulLogin(Instant.parse("2025-03-02T10:00:00Z"));

        assertThatThrownBy(() -> accounts.saveAndFlush(account))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void currentUpdateIncrementsTheVersion() {
        Account account = saved("writer@example.org", "Only Writer", Role.HOST);
        Long before = versionOf(account);

        account.recordSuccessfulLogin(Instant.parse("2025-03-02T10:00:00Z"));
        accounts.saveAndFlush(account);

        assertThat(versionOf(account)).isEqualTo(before + 1);
    }

    private Long versionOf(Account account) {
        return jdbc.queryForObject("select version from account where id = ?", Long.class, account.getId());
    }
}
