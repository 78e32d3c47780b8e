package dev.shoprules.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GiftExportTest {
    @Test
    void specialCharactersAreEscapedAndLineBreaksCannotEndAQuestion() {
        assertThat(GiftExport.escape("10:00 = ~{#} \\ 1积分=0.01元\n下一行"))
                .isEqualTo("10\\:00 \\= \\~\\{\\#\\} \\\\ 1积分\\=0.01元 下一行");
    }

    @Test
    void moodleHtmlTextIsEscaped() {
        assertThat(MoodleXmlExport.escape("a < b & c > d")).isEqualTo("a &lt; b &amp; c &gt; d");
    }
}
