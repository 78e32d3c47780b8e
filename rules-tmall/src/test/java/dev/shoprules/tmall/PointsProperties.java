package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.PointsInvariants;

/** Invariants of TMALL-POINTS over made-up violations (core's PointsInvariants). */
class PointsProperties extends PointsInvariants {
    @Override protected Platform platform() { return Platform.TMALL; }
}
