package se.kvalitet.consensus.entity;

/** A consensus is open while the team works on it and closed once every member signed and the leader closed it. */
public enum ConsensusStatus {
    OPEN, CLOSED
}
