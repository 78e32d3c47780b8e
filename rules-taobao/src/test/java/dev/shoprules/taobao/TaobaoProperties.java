package dev.shoprules.taobao;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCaseInvariants;

/** The order of the facts never shows in a Taobao verdict, over every golden case (core's GoldenCaseInvariants). */
class TaobaoProperties extends GoldenCaseInvariants {
    @Override protected Platform platform() { return Platform.TAOBAO; }
}
