package se.kvalitet.assignments.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A committed team of an application, the leader first.
 *
 * @param changedAt when a member was last replaced; null while the team is as committed
 * @param version   what a replacement must name, so two administrators never change the same team unseen
 */
public record CommittedTeam(Long teamId, Long applicationId, String registrationNumber, String unitName,
                            String className, String award, String applicationStatus, Instant committedAt,
                            List<Member> members, Instant changedAt, long version) implements Serializable {

    public record Member(Long personId, String name, boolean leader) implements Serializable {
    }

    public CommittedTeam {
        members = List.copyOf(members);
    }
}
