package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TmallGoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return GoldenCases.tests(Platform.TMALL);
    }

    @Test
    void everyRuleFiresInSomeGoldenCase() {
        GoldenCases.assertEveryRuleFires(Platform.TMALL);
    }
}
