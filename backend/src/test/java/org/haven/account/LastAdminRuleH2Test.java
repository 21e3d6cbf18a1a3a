package org.haven.account;

import org.haven.testing.HttpTest;

@HttpTest
class LastAdminRuleH2Test extends LastAdminRuleTestBase {
}
