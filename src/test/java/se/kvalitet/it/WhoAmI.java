package se.kvalitet.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;

/** Tells a test who the container thinks the caller is, to show that a run-as identity took effect. */
@Stateless
@PermitAll
public class WhoAmI {

    @Resource
    SessionContext context;

    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        for (String role : new String[]{"ADMIN", "APPLICANT", "EXAMINER", "JURY", "STAFF"}) {
            if (context.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        roles.add(0, context.getCallerPrincipal().getName());
        return roles;
    }
}
