package org.haven.shared.crypto;

import java.util.List;
import java.util.Map;

/**
 * Every database column that holds ciphertext of the field key, or a search key derived from it:
 * what key rotation re-encrypts. {@code EncryptedColumnsTest} fails when an entity field gets an
 * encrypting converter without a line here.
 */
final class EncryptedColumns {

    /** A table's encrypted columns, the columns that identify its rows, and its search keys (column → the encrypted column it stands for). */
    record Table(String name, List<String> rowKey, List<String> encrypted, Map<String, String> searchKeys) {
    }

    static final List<Table> ALL = List.of(
            new Table("family_case", List.of("id"), List.of("needs_step_free", "needs_ground_floor_bedroom",
                    "pet_allergy", "needs_lgbtqi_affirming", "location_ties", "nationality", "religion",
                    "contact_phone", "contact_email", "notes"), Map.of()),
            new Table("family_member", List.of("family_id", "position"), List.of("first_name", "wheelchair_user"),
                    Map.of("first_name_key", "first_name")),
            new Table("offer", List.of("id"), List.of("address"), Map.of()),
            new Table("account", List.of("id"), List.of("totp_secret", "totp_pending_secret"), Map.of()),
            new Table("host_vetting_event", List.of("id"), List.of("note"), Map.of()),
            new Table("matching_proposal", List.of("id"), List.of("decision_reason"), Map.of()),
            new Table("placement", List.of("id"), List.of("override_reason", "decline_reason", "end_note"), Map.of()),
            new Table("placement_check_in", List.of("id"), List.of("note"), Map.of()),
            // Written with FieldEncryptor directly (JDBC, not an entity): the row-by-row reports of CSV imports.
            new Table("import_job_batch", List.of("job_id", "batch_number"), List.of("report"), Map.of()));

    private EncryptedColumns() {
    }
}
