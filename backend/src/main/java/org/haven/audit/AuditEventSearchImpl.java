package org.haven.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.haven.audit.AuditLog.Criteria;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * Builds the query from the filters present rather than {@code :x is null or ...} in JPQL:
 * PostgreSQL cannot type a parameter that is bound to null and only compared with null.
 */
class AuditEventSearchImpl implements AuditEventSearch {

    private final EntityManager entityManager;

    AuditEventSearchImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<AuditEvent> search(Criteria criteria, Pageable pageable) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();

        CriteriaQuery<AuditEvent> select = builder.createQuery(AuditEvent.class);
        Root<AuditEvent> event = select.from(AuditEvent.class);
        select.where(conditions(criteria, builder, event))
                .orderBy(QueryUtils.toOrders(pageable.getSort(), event, builder));
        List<AuditEvent> items = entityManager.createQuery(select)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();

        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        Root<AuditEvent> counted = count.from(AuditEvent.class);
        count.select(builder.count(counted)).where(conditions(criteria, builder, counted));
        return new PageImpl<>(items, pageable, entityManager.createQuery(count).getSingleResult());
    }

    private static Predicate[] conditions(Criteria criteria, CriteriaBuilder builder, Root<AuditEvent> event) {
        List<Predicate> conditions = new ArrayList<>();
        if (criteria.actorId() != null) {
            conditions.add(builder.equal(event.get("actorId"), criteria.actorId()));
        }
        if (criteria.action() != null) {
            conditions.add(builder.equal(event.get("action"), criteria.action()));
        }
        if (criteria.subjectId() != null) {
            conditions.add(builder.equal(event.get("subjectId"), criteria.subjectId()));
        }
        if (criteria.from() != null) {
            conditions.add(builder.greaterThanOrEqualTo(event.get("occurredAt"), criteria.from()));
        }
        if (criteria.to() != null) {
            conditions.add(builder.lessThan(event.get("occurredAt"), criteria.to()));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
