package org.haven.audit;

import org.haven.audit.AuditLog.Criteria;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The audit log search, a repository fragment: only the filters given become conditions. */
interface AuditEventSearch {

    Page<AuditEvent> search(Criteria criteria, Pageable pageable);
}
