package org.haven.imports;

/** What a CSV file holds. */
enum ImportKind {
    OFFERS,
    FAMILIES
}
