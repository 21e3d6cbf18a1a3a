package org.haven.family;

import org.haven.testing.HttpTest;

/** {@link FamilyTextSearchTestBase} on H2. */
@HttpTest
class FamilyTextSearchH2ApiTest extends FamilyTextSearchTestBase {
}
