package org.haven.family;

import java.util.List;

import org.haven.testing.HttpTest;

/** {@link FamilySearchTestBase} on H2. */
@HttpTest
class FamilySearchH2ApiTest extends FamilySearchTestBase {

    @Override
    protected List<String> suffixLookupPlan() {
        return jdbc.queryForList("explain select family_id from family_reference_suffix where suffix like 'F-7K%' escape '\\'",
                String.class);
    }

    @Override
    protected String database() {
        return "H2";
    }

    /** Nothing: H2's ANALYZE would commit the transaction the measurement rolls back. */
    @Override
    protected void analyse() {
    }
}
