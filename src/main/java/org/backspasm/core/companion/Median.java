package org.backspasm.core.companion;

import java.util.List;

/** The median of a few whole numbers (the mean of the middle two when there is an even count). */
final class Median {
    private Median() {
    }

    static double of(List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
    }
}
