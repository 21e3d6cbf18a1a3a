package org.haven.imports;

import org.haven.account.Role;
import org.junit.jupiter.api.Test;

/** Import jobs on H2 (see {@link ImportJobScenarios}; the same on PostgreSQL in {@link ImportPostgresApiTest}). */
class ImportJobApiTest extends ImportApiTestBase {

    @Test
    void anUploadIsAcceptedThenReportedRowByRow() {
        ImportJobScenarios.anUploadIsAcceptedThenReportedRowByRow(caseworker, testAccounts.signedIn(Role.CASEWORKER),
                jdbc);
    }

    @Test
    void anImportRunningElsewhereRefusesAnotherUntilItsLeaseExpires() {
        ImportJobScenarios.anImportRunningElsewhereRefusesAnotherUntilItsLeaseExpires(caseworker, jdbc);
    }
}
