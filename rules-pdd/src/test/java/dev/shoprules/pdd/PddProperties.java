package dev.shoprules.pdd;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCaseInvariants;

/** The order of the facts never shows in a PDD verdict, over every golden case (core's GoldenCaseInvariants). */
class PddProperties extends GoldenCaseInvariants {
    @Override protected Platform platform() { return Platform.PDD; }
}
