package org.haven.imports;

/** Where an import job stands: importing, ended with every row reported, or stopped part way. */
enum ImportJobStatus {
    RUNNING,
    DONE,
    FAILED
}
