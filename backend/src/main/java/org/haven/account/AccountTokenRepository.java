package org.haven.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Links of this kind sent to the account since {@code since}, used or not: the per-account limit. */
    long countByAccountIdAndKindAndCreatedAtAfter(UUID accountId, TokenKind kind, Instant since);

    /** Ends every link of this kind of the account that could still be used: only the newest works. */
    @Modifying(flushAutomatically = true)
    @Query("update AccountToken t set t.endedAt = :now"
            + " where t.accountId = :accountId and t.kind = :kind and t.endedAt is null")
    int endAll(@Param("accountId") UUID accountId, @Param("kind") TokenKind kind, @Param("now") Instant now);

    /**
     * Ends one link if nobody has ended it yet; 1 when this caller did. Two requests using the
     * same link at once cannot both succeed: the second updates no row.
     */
    @Modifying(flushAutomatically = true)
    @Query("update AccountToken t set t.endedAt = :now where t.id = :id and t.endedAt is null")
    int end(@Param("id") UUID id, @Param("now") Instant now);
}
