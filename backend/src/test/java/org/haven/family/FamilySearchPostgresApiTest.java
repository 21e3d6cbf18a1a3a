package org.haven.family;

import java.util.List;

import org.haven.testing.PostgresHttpTest;

/**
 * {@link FamilySearchTestBase} on PostgreSQL. The plan is asked with sequential scans made
 * expensive: on a small table PostgreSQL rightly reads it whole, and the question is whether an
 * index can serve the search at all (under the database's collation, V28).
 */
@PostgresHttpTest
class FamilySearchPostgresApiTest extends FamilySearchTestBase {

    @Override
    protected List<String> suffixLookupPlan() {
        return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList(
                    "explain select family_id from family_reference_suffix where suffix like 'F-7K%' escape '\\'",
                    String.class);
        });
    }

    @Override
    protected String database() {
        return "PostgreSQL";
    }

    @Override
    protected void analyse() {
        jdbc.execute("analyze family_case, family_member, family_reference_suffix");
    }
}
