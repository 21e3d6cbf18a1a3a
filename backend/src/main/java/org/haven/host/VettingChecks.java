package org.haven.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks of product.md that a caseworker records before approving a host. */
public record VettingChecks(
        boolean identityVerified,
        LocalDate homeVisitDate,
        String homeVisitBy,
        HomeVisitOutcome homeVisitOutcome,
        DbsLevel dbsLevel,
        LocalDate dbsDate,
        boolean referencesReceived,
        boolean trainingDone) {

    /** A check still to be done, named as the host and the API see it. */
    public enum Check {
        IDENTITY,
        HOME_VISIT,
        DBS,
        REFERENCES,
        TRAINING
    }

    public boolean homeVisitPassed() {
        return homeVisitOutcome == HomeVisitOutcome.PASSED && homeVisitDate != null;
    }

    public boolean dbsChecked() {
        return dbsLevel != null && dbsLevel != DbsLevel.NONE && dbsDate != null;
    }

    /** What is missing before approval, in a fixed order. */
    public List<Check> pending() {
        List<Check> pending = new ArrayList<>();
        if (!identityVerified) {
            pending.add(Check.IDENTITY);
        }
        if (!homeVisitPassed()) {
            pending.add(Check.HOME_VISIT);
        }
        if (!dbsChecked()) {
            pending.add(Check.DBS);
        }
        if (!referencesReceived) {
            pending.add(Check.REFERENCES);
        }
        if (!trainingDone) {
            pending.add(Check.TRAINING);
        }
        return pending;
    }
}
