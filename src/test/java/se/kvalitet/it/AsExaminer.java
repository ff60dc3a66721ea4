package se.kvalitet.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs test code in the role EXAMINER, through the same @RolesAllowed checks users meet; each boundary call commits on its own. */
@Singleton
@RunAs("EXAMINER")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsExaminer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
