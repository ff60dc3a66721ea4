package se.kvalitet.assignments.control;

import java.util.Arrays;

/** A growable int list, to avoid boxing in the search's per-examiner team lists. Order is not kept on removal. */
final class IntList {
    int[] items = new int[8];
    int size;

    void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }

    void remove(int v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                items[i] = items[--size];
                return;
            }
        }
    }
}
