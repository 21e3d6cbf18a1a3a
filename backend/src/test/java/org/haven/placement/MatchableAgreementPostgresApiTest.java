package org.haven.placement;

import org.haven.testing.PostgresHttpTest;

/** {@link MatchableAgreementTestBase} on PostgreSQL, under the production profile. */
@PostgresHttpTest
class MatchableAgreementPostgresApiTest extends MatchableAgreementTestBase {
}
