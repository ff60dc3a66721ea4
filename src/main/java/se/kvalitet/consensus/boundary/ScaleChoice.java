package se.kvalitet.consensus.boundary;

import java.io.Serializable;

/** A value of the model's scale with the band or level it falls in, for choosing a consensus score. */
public record ScaleChoice(int value, String band) implements Serializable {
}
