package se.kvalitet.renewal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;
import se.kvalitet.renewal.control.PrizeAmount;

/**
 * The renewal prize's settings per cycle: its prize money. The amount is the cycle's own
 * ({@code cycle_category.prize_amount}, kept by the cycles component, which refuses a change once the winners are
 * announced); here the administrator's input is read as whole kronor first, so "50 000 kr" is understood and
 * "49 999,50" refused with a clear reason instead of being rounded.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RenewalSettings {

    @Inject Cycles cycles;

    /** The cycle's renewal prize setting; empty when the cycle has no renewal prize. */
    @RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
    public Optional<PrizeSetting> prize(Long cycleId) {
        return cycleId == null ? Optional.empty() : cycles.details(cycleId).flatMap(d -> d.categories().stream()
                .filter(c -> JuryRoster.AWARD.equals(c.award())).findFirst()
                .map(c -> new PrizeSetting(d.id(), d.year(), d.settings().getName(), d.phase(), c.prizeAmount(),
                        c.version())));
    }

    /** Sets the prize money from the administrator's input (blank clears it); refused on a stale version. */
    public PrizeSetting setPrizeAmount(Long cycleId, String amount, long expectedVersion) {
        Integer kronor = PrizeAmount.parse(amount);
        prize(cycleId).orElseThrow(() -> new NotFound("renewal.cycle.notFound", cycleId));
        cycles.setRenewalPrizeAmount(cycleId, kronor, expectedVersion);
        return prize(cycleId).orElseThrow();
    }
}
