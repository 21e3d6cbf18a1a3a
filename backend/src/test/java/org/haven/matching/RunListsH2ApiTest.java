package org.haven.matching;

import org.haven.testing.HttpTest;

/** {@link RunListsTestBase} on H2. */
@HttpTest
class RunListsH2ApiTest extends RunListsTestBase {
}
