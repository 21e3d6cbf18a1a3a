package org.haven.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatchingPolicySettingsRepository extends JpaRepository<MatchingPolicySettings, Integer> {
}
