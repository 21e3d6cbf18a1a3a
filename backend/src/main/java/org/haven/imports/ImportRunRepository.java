package org.haven.imports;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, UUID> {
}
