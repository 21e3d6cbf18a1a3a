package org.haven.family;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeLinkRepository extends JpaRepository<IntakeLink, UUID> {

    Optional<IntakeLink> findByTokenHash(String tokenHash);

    List<IntakeLink> findByFamilyId(UUID familyId);
}
