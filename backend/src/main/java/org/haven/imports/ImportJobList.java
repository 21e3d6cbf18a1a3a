package org.haven.imports;

import java.util.List;

/**
 * What the import page shows when a caseworker comes back to it: the import running now, whoever
 * started it, and the caller's own imports whose reports are still kept, newest first.
 */
record ImportJobList(List<ImportJobResponse> items) {
}
