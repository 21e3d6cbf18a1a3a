package org.haven.imports;

import java.util.List;
import java.util.function.Supplier;

import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the saving of one imported record (a family with all its members, or one offer) in a
 * transaction of its own, so a refused record commits nothing and the records before it stay.
 */
@Component
class RecordTransactions {

    private static final Logger log = LoggerFactory.getLogger(RecordTransactions.class);

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

    private final TransactionTemplate transactions;

    RecordTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Saves the record. When reading its values already failed ({@code readable} false), the work
     * still runs so the module's own rules can add what else is wrong, but it is rolled back.
     */
    <T> Attempt<T> run(boolean readable, Supplier<T> work) {
        try {
            T saved = transactions.execute(status -> {
                T result = work.get();
                if (!readable) {
                    status.setRollbackOnly();
                }
                return result;
            });
            return new Attempt<>(readable ? saved : null, null);
        } catch (ProblemException refused) {
            return new Attempt<>(null, refused);
        } catch (RuntimeException unexpected) {
            // One broken record must not hide what the others did: refuse it and carry on.
            log.error("An imported record could not be saved", unexpected);
            return new Attempt<>(null, new ProblemException(ProblemType.INTERNAL_ERROR,
                    "This could not be saved because of an error on our side. Try this row again later."));
        }
    }
}
