package dev.shoprules.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void masksAsTheContractShows() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.address("浙江省杭州市西湖区文三路100号")).isEqualTo("浙江省杭州市…");
        assertThat(Masking.address("北京市朝阳区建国路1号")).isEqualTo("北京市…");
        assertThat(Masking.address("新疆维吾尔自治区乌鲁木齐市天山区")).isEqualTo("新疆维吾尔自治区乌鲁木齐市…");
    }

    @Test
    void mobilesInFreeTextAreMaskedButLongerDigitRunsAreNot() {
        assertThat(Masking.mobilesIn("电话13812345678，订单号 2026110113812345678"))
                .isEqualTo("电话138****5678，订单号 2026110113812345678");
    }
}
