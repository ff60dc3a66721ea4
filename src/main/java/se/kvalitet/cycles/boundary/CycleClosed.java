package se.kvalitet.cycles.boundary;

/**
 * A cycle has moved to CLOSED: fired (synchronously, in the closing transaction) so that the components that
 * own a cycle's records can end them, each in its own tables, without the cycles component knowing them.
 */
public record CycleClosed(Long cycleId, int year) {
}
