package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("../examples/tmall-late-shipment.json");

    record Run(int status, String out, String err) {}

    /** Runs the command line in this JVM, with the same kind of standard output writer as {@code main} gives it. */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = ShopRulesCli.run(args, CheckedOutput.printWriter(out, "standard output"), new PrintWriter(err, true));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static ObjectNode example() throws IOException {
        return (ObjectNode) JSON.readTree(EXAMPLE.toFile());
    }

    @Test
    void versionNamesTheCommandLineAndEachPackWithItsJarsBuild() {
        Run r = run("--version");
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        // Tests run over class directories or the reactor's jars: a build version or "(development build)".
        assertThat(lines.get(0)).matches("shoprules (\\(development build\\)|\\d+\\.\\d+\\.\\d+.*)");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("taobao  taobao-");
        assertThat(lines.get(2))
                .matches("tmall +tmall-\\d{4}\\.\\d+ +(ShopRules Tmall .*\\d+\\.\\d+\\.\\d+.*|\\(development build\\))");
        assertThat(lines.get(3)).startsWith("pdd     pdd-");
    }

    @Test
    void checkPrintsTheExampleVerdictOwing240() throws IOException {
        Run r = run("check", EXAMPLE.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode v = JSON.readTree(r.out());
        assertThat(v.get("caseId").asText()).isEqualTo("tmall-late-800");
        assertThat(v.at("/compensations/0/amount").asText()).isEqualTo("240.00");
        assertThat(v.at("/compensations/0/status").asText()).isEqualTo("OWED");
        assertThat(v.at("/totals/compensationOwed").asText()).isEqualTo("240.00");
        assertThat(r.out()).doesNotContain("13812345678").doesNotContain("张三");
    }

    @Test
    void setOverridesAParameter(@TempDir Path dir) throws IOException {
        ObjectNode c = example();
        ((ObjectNode) c.withArray("orders").get(0)).put("paidAmount", "8000.00").put("shippingFee", "10.00");
        Path file = dir.resolve("big.json");
        JSON.writeValue(file.toFile(), c);
        assertThat(JSON.readTree(run("check", file.toString()).out()).at("/compensations/0/amount").asText())
                .isEqualTo("500.00");
        Run capped = run("check", "--set", "tmall.late-shipment.cap=300", file.toString());
        assertThat(capped.status()).isZero();
        assertThat(JSON.readTree(capped.out()).at("/compensations/0/amount").asText()).isEqualTo("300.00");
    }

    @Test
    void paramsFileInYamlOverridesToo(@TempDir Path dir) throws IOException {
        ObjectNode c = example();
        ((ObjectNode) c.withArray("orders").get(0)).put("paidAmount", "8000.00");
        Path file = dir.resolve("big.json");
        JSON.writeValue(file.toFile(), c);
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "tmall:\n  late-shipment:\n    cap: 250\n");
        Run r = run("check", "--params", params.toString(), file.toString());
        assertThat(JSON.readTree(r.out()).at("/compensations/0/amount").asText()).isEqualTo("250.00");
    }

    @Test
    void unknownOrIllTypedParametersAreUsageErrors() {
        Run unknown = run("check", "--set", "tmall.late-shipment.kap=3", EXAMPLE.toString());
        assertThat(unknown.status()).isEqualTo(ShopRulesCli.USAGE);
        assertThat(unknown.err()).contains("tmall.late-shipment.kap").contains("unknown parameter");
        Run illTyped = run("check", "--set", "tmall.late-shipment.rate=1.5", EXAMPLE.toString());
        assertThat(illTyped.status()).isEqualTo(ShopRulesCli.USAGE);
        assertThat(illTyped.err()).contains("between 0 and 1").doesNotContain("Exception");
    }

    @Test
    void badCasesAreReportedByFileLineCaseAndPathAndTheRestStillEvaluated(@TempDir Path dir) throws IOException {
        String good = JSON.writeValueAsString(example());
        ObjectNode badTime = example().put("caseId", "bad-time");
        ((ObjectNode) badTime.withArray("orders").get(0)).put("paidAt", "2026-11-01 10:00");
        ObjectNode unknownOrder = example().put("caseId", "bad-order");
        ((ObjectNode) unknownOrder.withArray("shipments").get(0)).put("orderId", "o-9");
        List<String> lines = List.of(good, JSON.writeValueAsString(badTime), "{not json", "",
                JSON.writeValueAsString(unknownOrder), good.replace("tmall-late-800", "last"));
        Path file = dir.resolve("cases.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        Run r = run("check", file.toString());
        assertThat(r.status()).isEqualTo(ShopRulesCli.INVALID_INPUT);
        List<String> verdicts = r.out().lines().toList();
        List<String> errors = r.err().lines().toList();
        assertThat(verdicts).hasSize(2);
        assertThat(JSON.readTree(verdicts.get(1)).get("caseId").asText()).isEqualTo("last");
        assertThat(errors).containsExactly(
                file + ":2: case bad-time: orders[0].paidAt: not an ISO-8601 instant with offset: \"2026-11-01 10:00\"",
                file + ":3: case ?: $: not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
                file + ":5: case bad-order: shipments[0].orderId: unknown order \"o-9\"");
        assertThat(verdicts.size() + errors.size()).isEqualTo(lines.stream().filter(l -> !l.isBlank()).count());
    }

    @Test
    void explicitJsonFormatMakesErrorLinesJson(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"caseId\":\"x\",\"platform\":\"tmall\"}\n");
        Run r = run("check", "--format", "json", file.toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode error = JSON.readTree(r.err());
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("caseId").asText()).isEqualTo("x");
        assertThat(error.at("/problems/0/path").asText()).isEqualTo("asOf");
    }

    @Test
    void textFormatIsOneLinePerFinding() {
        Run r = run("check", "--format", "text", EXAMPLE.toString());
        assertThat(r.out()).contains("violation  TMALL-LATE-SHIPMENT").contains("owes       TMALL-LATE-SHIPMENT")
                .contains("240.00 TMALL_POINTS (24000 points) OWED");
    }

    @Test
    void rulesListsEveryLoadedPlatformWithFigures() throws IOException {
        Run r = run("rules");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("TMALL-LATE-SHIPMENT").contains("tmall.late-shipment.cap").contains("500.00");
        Run json = run("rules", "--platform", "tmall", "--format", "json");
        ArrayNode rules = (ArrayNode) JSON.readTree(json.out());
        List<String> ids = new ArrayList<>();
        rules.forEach(n -> ids.add(n.get("ruleId").asText()));
        assertThat(ids).contains("TMALL-SHIP-DEADLINE", "TMALL-LATE-SHIPMENT").allMatch(id -> id.startsWith("TMALL-"));
    }

    @Test
    void theSameInputGivesByteIdenticalOutput(@TempDir Path dir) throws IOException {
        ObjectNode c = example();
        ((ObjectNode) c.withArray("orders").get(0)).put("paidAmount", "1234.56");
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(file, JSON.writeValueAsString(example()) + "\n" + JSON.writeValueAsString(c) + "\n");
        Run first = run("check", file.toString());
        for (int i = 0; i < 3; i++) {
            assertThat(run("check", file.toString()).out()).isEqualTo(first.out());
        }
    }

    @Test
    void missingFileIsOneLineNoStackTrace() {
        Run r = run("check", "no-such-file.json");
        assertThat(r.status()).isEqualTo(ShopRulesCli.FAILURE);
        assertThat(r.err().strip()).isEqualTo("shoprules: no such file: no-such-file.json");
    }
}
