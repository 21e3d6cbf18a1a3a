package org.haven.imports;

import java.util.function.Supplier;

import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the saving of one imported record in a transaction of its own, so a refused record commits
 * nothing and the records before it stay. The slow way (a commit per record): used for a batch
 * whose savepoints could not undo a refused record cleanly (see {@link BatchSavepoints}).
 */
@Component
class RecordTransactions implements RecordAttempts {

    private static final Logger log = LoggerFactory.getLogger(RecordTransactions.class);

    private final TransactionTemplate transactions;

    RecordTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> Attempt<T> run(boolean readable, Supplier<T> work) {
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
            return new Attempt<>(null, internalError());
        }
    }

    /** What a record that failed for a reason of Haven's own is refused with. */
    static ProblemException internalError() {
        return new ProblemException(ProblemType.INTERNAL_ERROR,
                "This could not be saved because of an error on our side. Try this row again later.");
    }
}
