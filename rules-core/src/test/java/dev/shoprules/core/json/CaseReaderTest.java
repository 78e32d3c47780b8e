package dev.shoprules.core.json;

import static dev.shoprules.core.json.CaseJsonTest.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@link CaseReader#rawLines}: every line with its number, split in bulk across 64 KiB chunks. */
class CaseReaderTest {

    private static List<CaseReader.RawLine> raw(byte[] bytes) {
        return CaseReader.rawLines(new ByteArrayInputStream(bytes), "r.jsonl").toList();
    }

    private static String text(CaseReader.RawLine line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void everyLineComesWithItsNumberBlankOnesIncludedAndNoneAfterTheFinalNewline() {
        List<CaseReader.RawLine> lines = raw("a\n\n  \r\nb\r\nc".getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(CaseReader.RawLine::line).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines).extracting(CaseReaderTest::text).containsExactly("a", "", "  \r", "b\r", "c");
        assertThat(lines).extracting(CaseReader.RawLine::source).containsOnly("r.jsonl");
        assertThat(raw("a\n".getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(raw(new byte[0])).isEmpty();
    }

    @Test
    void linesSpanningChunksAreWhole() {
        // 70 000-byte lines cross every 64 KiB chunk boundary at a different offset.
        String long1 = "x".repeat(70_000);
        String long2 = "y".repeat(70_000);
        List<CaseReader.RawLine> lines = raw((long1 + "\nshort\n" + long2 + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(CaseReaderTest::text).containsExactly(long1, "short", long2);
        assertThat(lines).extracting(CaseReader.RawLine::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aLineLongerThanTheLimitIsAMarkerAndTheNextLineIsReadWhole() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("x".repeat(CaseReader.MAX_LINE_BYTES + 1).getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(("\n" + CASE + "\n").getBytes(StandardCharsets.UTF_8));
        List<CaseReader.RawLine> lines = raw(bytes.toByteArray());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).tooLong()).isTrue();
        assertThat(((CaseInput.Invalid) lines.get(0).parse()).describe())
                .isEqualTo("r.jsonl:1: case ?: $: line longer than " + CaseReader.MAX_LINE_BYTES + " bytes");
        assertThat(lines.get(1).tooLong()).isFalse();
        assertThat(lines.get(1).parse()).isInstanceOf(CaseInput.Valid.class);
    }

    @Test
    void parsingRawLinesIsExactlyJsonLines() {
        byte[] bytes = (CASE + "\n\n{bad\r\n" + CASE.replace("c-1", "c-2") + "\n   \n" + CASE.replace("tmall", "jd"))
                .getBytes(StandardCharsets.UTF_8);
        List<CaseInput> viaRaw = raw(bytes).stream().map(CaseReader.RawLine::parse).filter(Objects::nonNull).toList();
        List<CaseInput> direct = CaseReader.jsonLines(new ByteArrayInputStream(bytes), "r.jsonl").toList();
        assertThat(viaRaw).hasSize(4).isEqualTo(direct);
        assertThat(viaRaw).extracting(CaseInput::line).containsExactly(1L, 3L, 4L, 6L);
    }
}
