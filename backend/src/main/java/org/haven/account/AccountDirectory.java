package org.haven.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.shared.AccountEmails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know about accounts: names and emails by id, and which accounts match
 * a search. Modules refer to accounts by id and ask here, never through JPA associations.
 */
@Service
public class AccountDirectory implements AccountEmails {

    /** The public face of an account; {@code language} is the tag of the language its emails are written in. */
    public record AccountSummary(UUID id, String email, String displayName, Role role, String language) {
    }

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UUID id) {
        return accounts.findById(id).map(AccountDirectory::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(SignInService.normalizeEmail(email)).map(AccountDirectory::summary);
    }

    @Transactional(readOnly = true)
    public Map<UUID, AccountSummary> summaries(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream().map(AccountDirectory::summary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(String email) {
        return accounts.findByEmail(SignInService.normalizeEmail(email)).map(Account::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> emailsOf(Collection<UUID> ids) {
        Set<UUID> known = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (known.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(known).stream().collect(Collectors.toMap(Account::getId, Account::getEmail));
    }

    /** Ids of the accounts of {@code role} whose name or email contains {@code text}, ignoring case. */
    @Transactional(readOnly = true)
    public Set<UUID> idsMatching(Role role, String text) {
        String pattern = "%" + AccountService.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return Set.copyOf(accounts.idsMatching(role, pattern));
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.getLanguage());
    }
}
