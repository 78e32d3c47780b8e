package dev.shoprules.core.chat;

/**
 * The elementary steps one reading took (characters folded and sounded, matches found, positions looked at
 * around a match): what {@code ChatDetectionProperties} compares between a text and one eight times as long to
 * show that reading is linear, without timing anything.
 */
final class Work {
    private long steps;

    void add(long n) {
        steps += n;
    }

    void step() {
        steps++;
    }

    long steps() {
        return steps;
    }
}
