package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCaseInvariants;

/** The order of the facts never shows in a Tmall verdict, over every golden case (core's GoldenCaseInvariants). */
class TmallProperties extends GoldenCaseInvariants {
    @Override protected Platform platform() { return Platform.TMALL; }
}
