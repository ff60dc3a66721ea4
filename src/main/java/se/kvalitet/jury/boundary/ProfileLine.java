package se.kvalitet.jury.boundary;

import java.io.Serializable;

/** One criterion of a consensus profile as the jury sees it. */
public record ProfileLine(String code, String title, String type, int value, String band, double points,
                          int maxPoints) implements Serializable {
}
