package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCaseSuite;

class TmallGoldenTest extends GoldenCaseSuite {
    TmallGoldenTest() {
        super(Platform.TMALL);
    }
}
