package org.haven.imports;

import java.util.List;
import java.util.function.Supplier;

import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;

/**
 * How the saving of one imported record (a family with all its members, or one offer) is tried,
 * so that a refused record leaves nothing behind and the records before it stay: inside a batch's
 * transaction ({@link BatchSavepoints}), or in a transaction of its own ({@link RecordTransactions}).
 */
interface RecordAttempts {

    /** What became of one record: saved (with what it became), or refused with the module's problem. */
    record Attempt<T>(T saved, ProblemException problem) {

        boolean isSaved() {
            return saved != null;
        }

        /** The problem's field errors, or one error on {@code fallbackField} saying what went wrong. */
        List<FieldError> errors(String fallbackField) {
            if (problem == null) {
                return List.of();
            }
            if (!problem.errors().isEmpty()) {
                return problem.errors();
            }
            return List.of(new FieldError(fallbackField, problem.type().slug(), problem.getMessage()));
        }
    }

    /**
     * Saves the record. When reading its values already failed ({@code readable} false), the work
     * still runs so the module's own rules can add what else is wrong, but it is undone.
     */
    <T> Attempt<T> run(boolean readable, Supplier<T> work);
}
