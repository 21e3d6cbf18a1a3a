package org.haven.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.haven.audit.AuditLog.Criteria;
import org.haven.shared.AccountEmails;
import org.haven.shared.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for admins (the URL rules let only admins in): search and read, nothing else.
 * There is no mapping that changes or deletes an event, so PUT, PATCH and DELETE answer 405 or 404.
 * Emails come from {@link AccountEmails}, which the account module implements: this module
 * depends on {@code shared} alone.
 */
@Validated
@RestController
@RequestMapping("/api/admin/audit-events")
class AuditEventController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog auditLog;
    private final AccountEmails accountEmails;
    private final AuditSubjects subjects;

    AuditEventController(AuditLog auditLog, AccountEmails accountEmails, AuditSubjects subjects) {
        this.auditLog = auditLog;
        this.accountEmails = accountEmails;
        this.subjects = subjects;
    }

    /** {@code actor} is an account's id or email; an email nobody has matches nothing. */
    @GetMapping
    PageResponse<AuditEventResponse> search(
            @RequestParam(required = false) @Size(max = 254) String actor,
            @RequestParam(required = false) @Size(max = 60) String action,
            @RequestParam(required = false) UUID subjectId,
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AuditPeriod period = AuditPeriod.parse(from, to);
        Optional<UUID> actorId = Optional.empty();
        if (actor != null && !actor.isBlank()) {
            actorId = actorIdOf(actor.strip());
            if (actorId.isEmpty()) {
                return new PageResponse<>(List.of(), page, size, 0, 0);
            }
        }
        String actionFilter = action == null || action.isBlank() ? null : action.strip().toUpperCase(Locale.ROOT);
        Page<AuditEvent> events = auditLog.search(
                new Criteria(actorId.orElse(null), actionFilter, subjectId, period.from(), period.to()), page, size);
        Map<UUID, String> emails = emailsOf(events);
        Map<UUID, String> names = subjects.namesOf(events);
        return PageResponse.of(events, event -> response(event, emails, names));
    }

    /** Every action recorded so far, alphabetically: the choices of the action filter. */
    @GetMapping("/actions")
    List<String> actions() {
        return auditLog.actions();
    }

    private Optional<UUID> actorIdOf(String actor) {
        try {
            return Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException notAnId) {
            return accountEmails.idOf(actor);
        }
    }

    private Map<UUID, String> emailsOf(Page<AuditEvent> events) {
        Set<UUID> ids = new HashSet<>();
        for (AuditEvent event : events) {
            ids.add(event.getActorId());
            ids.add(event.getSubjectId());
        }
        ids.remove(null);
        return accountEmails.emailsOf(ids);
    }

    private static AuditEventResponse response(AuditEvent event, Map<UUID, String> emails, Map<UUID, String> names) {
        UUID subject = event.getSubjectId();
        return new AuditEventResponse(event.getId(), event.getOccurredAt(), event.getActorId(),
                event.getActorId() == null ? null : emails.get(event.getActorId()), event.getAction(),
                event.getSubjectType(), subject, subject == null ? null : emails.get(subject),
                subject == null ? null : names.get(subject), details(event));
    }

    private static JsonNode details(AuditEvent event) {
        if (event.getDetails() == null) {
            return null;
        }
        try {
            return JSON.readTree(event.getDetails());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit event " + event.getId() + " holds details that are not JSON", e);
        }
    }
}
