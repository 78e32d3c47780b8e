package dev.shoprules.core.json;

import static dev.shoprules.core.json.CaseJsonTest.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A .json file holds one case, a JSON array of cases or concatenated case objects (CONTRACT.md "Case file"). */
class CaseDocumentTest {
    private static List<CaseInput> read(String document) throws IOException {
        return CaseReader.document(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "cases.json")
                .toList();
    }

    private static String caseId(String id) {
        return CASE.replace("\"c-1\"", "\"" + id + "\"");
    }

    private static List<String> described(List<CaseInput> inputs) {
        return inputs.stream().map(i -> i instanceof CaseInput.Invalid bad ? bad.describe()
                : ((CaseInput.Valid) i).facts().caseId() + " at line " + i.line()).toList();
    }

    @Test
    void oneCaseReadsAsItAlwaysDid() throws IOException {
        assertThat(described(read(CASE))).containsExactly("c-1 at line 1");
        assertThat(described(read(CASE.replace("\"tmall\"", "\"jd\""))))
                .containsExactly("cases.json:1: case c-1: platform: unknown platform \"jd\" (one of taobao, tmall, pdd)");
    }

    @Test
    void anArrayIsReadCaseByCaseInOrderAndABadOneNamesItsIndex() throws IOException {
        String doc = "[\n" + caseId("a") + ",\n" + caseId("b").replace("\"800.00\"", "\"-1\"") + ",\n" + caseId("c")
                + "\n]\n";
        assertThat(described(read(doc))).containsExactly(
                "a at line 2",
                "cases.json:3: case b: [1].orders[0].paidAmount: money must not be negative: -1",
                "c at line 4");
    }

    @Test
    void concatenatedObjectsAreSeveralCases() throws IOException {
        String doc = caseId("a") + "\n" + caseId("b") + " " + caseId("c").replace("\"tmall\"", "7");
        List<String> d = described(read(doc));
        assertThat(d).hasSize(3);
        assertThat(d.subList(0, 2)).containsExactly("a at line 1", "b at line 2");
        assertThat(d.get(2)).startsWith("cases.json:2: case c: [2].platform: ");
    }

    @Test
    void malformedJsonEndsTheDocumentAfterTheCasesBeforeIt() throws IOException {
        String doc = "[" + caseId("a") + ",\n{\"caseId\": \"b\",, }, " + caseId("c") + "]";
        List<String> d = described(read(doc));
        assertThat(d).hasSize(2);
        assertThat(d.get(0)).isEqualTo("a at line 1");
        assertThat(d.get(1)).startsWith("cases.json:2: case ?: [1]: not valid JSON: ")
                .endsWith("; the rest of the array cannot be read");
    }

    @Test
    void anUnclosedArrayOrContentAfterItIsAnError() throws IOException {
        assertThat(described(read("[" + caseId("a")))).containsExactly("a at line 1",
                "cases.json:1: case ?: [1]: not valid JSON: the file ends inside the array; the rest of the array cannot be read");
        assertThat(described(read("[" + caseId("a") + "] x")).get(1)).startsWith("cases.json:1: case ?: [1]: not valid JSON");
    }

    @Test
    void anArrayElementThatIsNoObjectIsAnErrorAndAnEmptyArrayHoldsNoCase() throws IOException {
        List<CaseInput> in = read("[" + caseId("a") + ", 42]");
        assertThat(in).hasSize(2);
        assertThat(((CaseInput.Invalid) in.get(1)).problems().get(0).path()).isEqualTo("[1]");
        assertThat(read("[]")).isEmpty();
        assertThat(read("\uFEFF[" + caseId("a") + "]")).hasSize(1).allMatch(i -> i instanceof CaseInput.Valid);
    }

    @Test
    void duplicateKeysInAnArrayElementAreRefused() throws IOException {
        List<String> d = described(read("[" + caseId("a") + ", " + caseId("b").replace("{\"caseId\":\"b\"",
                "{\"caseId\":\"b\",\"caseId\":\"b\"") + ", " + caseId("c") + "]"));
        assertThat(d).hasSize(3);
        assertThat(d.get(1)).startsWith("cases.json:1: case ?: [1]: not valid JSON: Duplicate field 'caseId'");
        assertThat(d.get(2)).isEqualTo("c at line 1");
    }
}
