package org.haven.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, UUID> {

    @Query("""
            select a.id from Account a
            where a.role = :role
              and (lower(a.email) like :text escape '\\' or lower(a.displayName) like :text escape '\\')
            """)
    List<UUID> idsMatching(@Param("role") Role role, @Param("text") String containsPattern);

    /*
     * findByEmail and existsByEmail are written out rather than derived from their names: Hibernate
     * 6.6 caches the plan of a query string but translates a derived (criteria) query again on every
     * call, and these two run for every sign-in and every imported host.
     */
    @Query("select a from Account a where a.email = :email")
    Optional<Account> findByEmail(@Param("email") String email);

    /** The account with this email, its row locked until the transaction ends (sign-in counting). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.email = :email")
    Optional<Account> lockByEmail(@Param("email") String email);

    /** The account, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> lockById(@Param("id") UUID id);

    @Query("select count(a) > 0 from Account a where a.email = :email")
    boolean existsByEmail(@Param("email") String email);

    /**
     * Accounts matching every given filter; a {@code null} filter matches all. {@code containsPattern}
     * is a LIKE pattern whose own wildcards are escaped with a backslash.
     */
    @Query("""
            select a from Account a
            where (:role is null or a.role = :role)
              and (:status is null or a.status = :status)
              and (:text is null or lower(a.email) like :text escape '\\' or lower(a.displayName) like :text escape '\\')
            """)
    Page<Account> search(@Param("role") Role role, @Param("status") AccountStatus status,
            @Param("text") String containsPattern, Pageable pageable);

    /**
     * Locks the rows of every active admin (in id order, so two callers never deadlock) until the
     * transaction ends: whoever would remove an active admin waits here for anyone else doing the
     * same, so the last-admin rule cannot be broken by two changes that each see another admin.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = org.haven.account.Role.ADMIN"
            + " and a.status = org.haven.account.AccountStatus.ACTIVE order by a.id")
    List<Account> lockActiveAdmins();

    /** Counted in a statement of its own after {@link #lockActiveAdmins()}, so it sees every committed change. */
    @Query("select count(a) from Account a where a.role = org.haven.account.Role.ADMIN"
            + " and a.status = org.haven.account.AccountStatus.ACTIVE and a.id <> :id")
    long countOtherActiveAdmins(@Param("id") UUID id);
}
