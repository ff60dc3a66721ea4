package se.kvalitet.assignments.control;

import java.util.List;

/**
 * Proposes a team for every application: a min-cost flow that staffs every seat whenever capacities, conflicts and
 * leader eligibility allow it, then a local search for the goals a flow cannot express.
 *
 * <p>The flow network: source → examiner (the capacity, split into arcs whose unit cost grows with the load, a convex
 * cost that balances the load) → one arc per (examiner, application) without conflict (cost: competence mismatch)
 * → a small gadget per application → sink. The gadget has a leader seat that only leader-eligible examiners reach, a
 * node through which new examiners pass (its first unit free, further units at a cost: new examiners are spread) and
 * member seats for the rest. One arc per pair means nobody sits twice in a team. A leader-eligible but new examiner
 * reaches the leader seat only at a penalty, so teams are led by experienced examiners where capacity allows, which
 * also satisfies the experienced-member rule. {@link MinCostFlow} solves it primal-dual with blocking flows.
 *
 * <p>The experienced-member rule ("a leader-eligible member and an experienced member", possibly the same person) is
 * not a flow constraint in general. The first solve leaves it to the local search, which moves and swaps members
 * (never breaking a hard rule, never taking a team's last experienced member) to repair it, to avoid pairs who worked
 * together last cycle and to spread new examiners. A team it cannot repair gets an exact gadget in a new solve: a
 * leader seat plus a separate experienced seat, or, if that comes out short, an experienced leader.
 *
 * <p>Guarantees: if a full assignment respecting conflicts, capacities and leader eligibility exists, the first flow
 * fills every seat (it is a maximum flow). With the experienced rule too, completeness is not proven but is tested
 * against exhaustive search on tiny random problems and on larger problems with a planted solution (no misses in
 * tens of thousands of cases). The hard rules are never broken in what is returned.
 *
 * <p>Result: {@link AssignmentSolution#teams()} holds only complete teams that pass {@link TeamRules#check}, the
 * leader first. Every other application is listed once in {@link AssignmentSolution#shortfalls()} instead, its partly
 * placed members released rather than returned: {@code missingMembers} is the number of seats the flow could not fill
 * (1 for a team that could not get an experienced member), and the counts are taken against the proposal's loads.
 * When capacity falls short, the applications left shortest are given up first, so that as many teams as possible
 * are complete rather than many half-staffed. The quality counts each such application as one violation, as
 * {@link TeamRules#quality} does.
 */
public final class TeamSolver {

    // The parts, each package-private: IndexedProblem (the problem on arrays), SoftCosts (the prices the flow and
    // the search share), TeamNetwork (the flow network and what it placed), Staffing (the teams and the loads kept
    // in step with them), LocalSearch and LoadBalancing (the moves), ApplicationsInPlay (setting applications aside
    // and the gadget forms across attempts) and SolutionAssembly (teams and shortfalls). This class
    // orders them and decides when to solve again.

    /** Flow solves at most: the first, then re-solves after setting applications aside or changing gadgets. */
    private static final int MAX_ATTEMPTS = 8;

    /**
     * Solves the flow until every application still in play is complete: when capacity falls short the flow
     * spreads the shortage over many teams, so the most short-handed applications are set aside (as many as the
     * missing seats call for) and the rest solved again. Then the search; if it leaves a team without an
     * experienced member, the flow is solved again with the rule built into that team's gadget.
     */
    public AssignmentSolution solve(AssignmentProblem problem) {
        IndexedProblem p = new IndexedProblem(problem);
        SoftCosts costs = new SoftCosts(p);
        ApplicationsInPlay inPlay = new ApplicationsInPlay(p);
        SolutionAssembly assembly = new SolutionAssembly(p);
        AssignmentSolution best = null;
        boolean sparse = true;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            TeamNetwork network = new TeamNetwork(p, inPlay.active, inPlay.mode, sparse);
            Staffing staffing = Staffing.read(p, costs, network, inPlay.active);
            inPlay.record(staffing);
            if (sparse) {
                sparse = false;
                if (staffing.anyShort(inPlay.active)) {
                    attempt--; // the candidate graph was too thin: the full graph decides
                    continue;
                }
            }
            if (attempt + 1 < MAX_ATTEMPTS && inPlay.setAsideMostShort(staffing)) {
                sparse = true; // what is left may well fit in the candidate graph again
                continue;
            }
            staffing.index();
            new LocalSearch(p, costs, staffing).improve();
            new LoadBalancing(p, costs, staffing).balance();
            List<Integer> unrepaired = assembly.withoutExperienced(staffing);
            AssignmentSolution solution = assembly.result(staffing, inPlay, unrepaired);
            if (best == null || solution.shortfalls().size() < best.shortfalls().size()) {
                best = solution;
            }
            if (unrepaired.isEmpty()) {
                break;
            }
            // the search could not give these teams an experienced member: solve again with the rule built into
            // their gadgets
            inPlay.requireExperienced(unrepaired);
        }
        return best;
    }
}
