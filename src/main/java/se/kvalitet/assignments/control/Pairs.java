package se.kvalitet.assignments.control;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of ordered (long, long) pairs, kept as one packed long per pair so that a few hundred thousand
 * conflict pairs stay cheap to build and to look up. Ids must fit in 32 bits, which database ids here do.
 */
public final class Pairs {

    private final Set<Long> packed = new HashSet<>();

    public Pairs add(long first, long second) {
        packed.add(pack(first, second));
        return this;
    }

    public boolean contains(long first, long second) {
        return packed.contains(pack(first, second));
    }

    /** Calls {@code consumer} with every pair, in no particular order. */
    public void forEach(PairConsumer consumer) {
        for (long pair : packed) {
            consumer.accept(pair >>> 32, pair & 0xFFFF_FFFFL);
        }
    }

    /** Receives one pair (primitive, so that walking a large set does not box). */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(long first, long second);
    }

    public int size() {
        return packed.size();
    }

    private static long pack(long first, long second) {
        if (first < 0 || second < 0 || first > 0xFFFF_FFFFL || second > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("id out of range: " + first + ", " + second);
        }
        return (first << 32) | second;
    }
}
