package dev.shoprules.pdd;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCaseSuite;

class PddGoldenTest extends GoldenCaseSuite {
    PddGoldenTest() {
        super(Platform.PDD);
    }
}
