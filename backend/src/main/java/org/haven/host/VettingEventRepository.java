package org.haven.host;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Append and read only. */
interface VettingEventRepository extends Repository<VettingEvent, UUID> {

    VettingEvent save(VettingEvent event);

    List<VettingEvent> findByHostIdOrderByOccurredAtDesc(UUID hostId);
}
