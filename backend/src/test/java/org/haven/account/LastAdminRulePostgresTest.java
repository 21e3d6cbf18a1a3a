package org.haven.account;

import org.haven.testing.PostgresHttpTest;

@PostgresHttpTest
class LastAdminRulePostgresTest extends LastAdminRuleTestBase {
}
