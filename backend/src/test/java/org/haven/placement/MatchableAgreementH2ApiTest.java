package org.haven.placement;

import org.haven.testing.HttpTest;

/** {@link MatchableAgreementTestBase} on H2. */
@HttpTest
class MatchableAgreementH2ApiTest extends MatchableAgreementTestBase {
}
