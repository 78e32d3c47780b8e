package dev.shoprules.taobao;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TaobaoGoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return GoldenCases.tests(Platform.TAOBAO);
    }

    @Test
    void everyRuleFiresInSomeGoldenCase() {
        GoldenCases.assertEveryRuleFires(Platform.TAOBAO);
    }
}
