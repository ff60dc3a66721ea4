package se.kvalitet.criteria.boundary;

import java.io.Serializable;

/** One line about a model in use: enough to list it and link to it. */
public record ModelSummary(Long id, String name, String presetKey, String scaleKind, int criteria, int totalPoints,
                           boolean frozen) implements Serializable {
}
