package org.haven.matching;

import org.haven.testing.PostgresHttpTest;

/** {@link RunListsTestBase} on PostgreSQL, under the production profile. */
@PostgresHttpTest
class RunListsPostgresApiTest extends RunListsTestBase {
}
