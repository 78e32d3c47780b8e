package dev.shoprules.taobao;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCaseSuite;

class TaobaoGoldenTest extends GoldenCaseSuite {
    TaobaoGoldenTest() {
        super(Platform.TAOBAO);
    }
}
