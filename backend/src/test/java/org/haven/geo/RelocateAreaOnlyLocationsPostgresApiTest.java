package org.haven.geo;

import org.haven.testing.PostgresHttpTest;

/** V19 on PostgreSQL, run by Flyway as the migration role, as production runs it. */
@PostgresHttpTest
class RelocateAreaOnlyLocationsPostgresApiTest extends RelocateAreaOnlyLocationsTestBase {
}
