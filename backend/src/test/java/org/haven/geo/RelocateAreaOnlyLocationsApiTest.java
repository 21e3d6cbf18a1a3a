package org.haven.geo;

import org.haven.testing.HttpTest;

/** V19 on H2. */
@HttpTest
class RelocateAreaOnlyLocationsApiTest extends RelocateAreaOnlyLocationsTestBase {
}
