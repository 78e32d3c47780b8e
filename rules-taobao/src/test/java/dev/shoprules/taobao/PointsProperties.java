package dev.shoprules.taobao;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.PointsInvariants;

/** Invariants of TAOBAO-POINTS over made-up violations (core's PointsInvariants). */
class PointsProperties extends PointsInvariants {
    @Override protected Platform platform() { return Platform.TAOBAO; }
}
