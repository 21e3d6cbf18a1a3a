package org.haven.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads audit events. Other modules reach it through events, not by calling it. */
@Service
public class AuditLog {

    /** Newest first; the id breaks ties between events of the same instant so pages never overlap. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    /** Details hold plain values only (strings, numbers, maps), so a plain mapper writes them. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records in the caller's transaction when there is one, so the audit line and the change it
     * describes are committed together or not at all.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(UUID actorId, String action, String subjectType, UUID subjectId) {
        record(actorId, action, subjectType, subjectId, Map.of());
    }

    /** As {@link #record(UUID, String, String, UUID)}, with what changed (before and after) as details. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(UUID actorId, String action, String subjectType, UUID subjectId, Map<String, Object> details) {
        events.save(new AuditEvent(clock.instant(), actorId, action, subjectType, subjectId, json(details)));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> about(UUID subjectId) {
        return events.findBySubjectIdOrderByOccurredAt(subjectId);
    }

    /** Which events match; every filter is optional. From inclusive, to exclusive; newest first. */
    public record Criteria(UUID actorId, String action, UUID subjectId, Instant from, Instant to) {
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(Criteria criteria, int page, int size) {
        return events.search(criteria, PageRequest.of(page, size, NEWEST_FIRST));
    }

    /** Every action the log holds, for a filter to offer. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.actions();
    }

    private static String json(Map<String, Object> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be plain values", e);
        }
    }
}
