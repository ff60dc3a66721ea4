package se.kvalitet.criteria.boundary;

import java.io.Serializable;

/** A preset in full, for comparing presets before adopting one. */
public record PresetDetails(PresetOverview overview, ModelView model) implements Serializable {
}
