package org.haven.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, UUID> {

    @Query("""
            select a.id from Account a
            where a.role = :role
              and (lower(a.email) like :text escape '\\' or lower(a.displayName) like :text escape '\\')
            """)
    List<UUID> idsMatching(@Param("role") Role role, @Param("text") String containsPattern);

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

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
}
