package org.haven.family;

import org.haven.testing.PostgresHttpTest;

/** {@link FamilyTextSearchTestBase} on PostgreSQL, under the production profile. */
@PostgresHttpTest
class FamilyTextSearchPostgresApiTest extends FamilyTextSearchTestBase {
}
