package org.haven.host;

/** The criminal-record (DBS) check done for the household; matching rule H9 needs the barred-list level for children. */
public enum DbsLevel {
    NONE,
    BASIC,
    ENHANCED,
    ENHANCED_WITH_BARRED_LIST
}
