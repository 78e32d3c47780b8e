package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.verdict.Verdict;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The reference in docs/ is kept equal to the code. Everything is discovered from the code, so a field, enum value,
 * rule, command or option someone adds fails this test until it is documented.
 */
class DocsTest {
    static final Path DOCS = Path.of("../docs");

    private static String doc(String name) throws IOException {
        return Files.readString(DOCS.resolve(name));
    }

    /** The names written in backticks in a page's text (code blocks left out), e.g. {@code orders[].paidAt}. */
    private static List<String> quoted(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`\n]+)`").matcher(page.replaceAll("(?ms)^```.*?^```", ""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyFieldTheCaseReaderAcceptsIsInCasesMd() throws IOException {
        List<String> documented = quoted(doc("cases.md"));
        List<String> fields = CaseJson.fieldPaths();
        assertThat(fields).contains("caseId", "orders[].items[].unitPrice", "chats[].messages[].from");
        assertThat(documented).as("docs/cases.md").containsAll(fields);
    }

    @Test
    void everyEnumValueOfTheCaseIsInCasesMd() throws IOException {
        String page = doc("cases.md");
        for (Class<?> type : enumsOf(CaseFacts.class)) {
            for (Object constant : type.getEnumConstants()) {
                String shown = constant instanceof dev.shoprules.core.Platform p ? p.code() : constant.toString();
                assertThat(page).as("docs/cases.md lists %s.%s", type.getSimpleName(), shown).contains("`" + shown + "`");
            }
        }
    }

    @Test
    void everyFieldAndEnumValueOfTheVerdictIsInVerdictMd() throws IOException {
        String page = doc("verdict.md");
        List<String> documented = quoted(page);
        ObjectWriter writer = CaseJson.writer();
        List<String> fields = new ArrayList<>();
        verdictFields(writer.getConfig(), writer.getTypeFactory().constructType(Verdict.class), "", fields);
        assertThat(fields).contains("caseId", "violations[].ruleId", "totals.compensationOwed");
        // A field is documented by its full path, alone or in a list of paths in one cell.
        List<String> missing = fields.stream().filter(f -> !documented.contains(f)).toList();
        assertThat(missing).as("fields missing from docs/verdict.md").isEmpty();
        for (Class<?> type : enumsOf(Verdict.class)) {
            for (Object constant : type.getEnumConstants()) {
                if (type == dev.shoprules.core.Platform.class || type.getPackageName().endsWith(".facts")) {
                    continue; // the case's own values, documented in cases.md
                }
                assertThat(page).as("docs/verdict.md lists %s.%s", type.getSimpleName(), constant)
                        .contains("`" + constant + "`");
            }
        }
    }

    private static void verdictFields(SerializationConfig m, JavaType type, String prefix, List<String> out) {
        for (BeanPropertyDefinition p : m.introspect(type).findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            String path = prefix + p.getName();
            out.add(path);
            JavaType t = p.getPrimaryType();
            if (t.isCollectionLikeType() && t.getContentType().isRecordType()) {
                verdictFields(m, t.getContentType(), path + "[].", out);
            } else if (t.isRecordType()) {
                verdictFields(m, t, path + ".", out);
            }
        }
    }

    /** The enum types reachable through a record's components (lists included), in order. */
    private static java.util.Set<Class<?>> enumsOf(Class<?> record) {
        java.util.Set<Class<?>> enums = new java.util.LinkedHashSet<>();
        collectEnums(record, enums, new java.util.HashSet<>());
        return enums;
    }

    private static void collectEnums(Class<?> record, java.util.Set<Class<?>> enums, java.util.Set<Class<?>> visited) {
        if (!visited.add(record)) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> type = c.getType();
            if (List.class.isAssignableFrom(type) && c.getGenericType() instanceof java.lang.reflect.ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element) {
                type = element;
            }
            if (type.isEnum()) {
                enums.add(type);
            } else if (type.isRecord()) {
                collectEnums(type, enums, visited);
            }
        }
    }

    @Test
    void everyRuleOfEveryPackIsInRulesMd() throws IOException {
        String page = doc("rules.md");
        List<Rule> rules = ShopRules.builder().build().rules();
        assertThat(rules).hasSizeGreaterThan(30);
        for (Rule r : rules) {
            assertThat(page).as("docs/rules.md names %s", r.id()).contains("`" + r.id() + "`");
        }
    }

    @Test
    void everyCommandAndOptionIsInCommandsMd() throws IOException {
        String page = doc("commands.md");
        CommandLine cli = new CommandLine(new ShopRulesCli());
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            int section = page.indexOf("## `" + spec.name() + "`");
            assertThat(section).as("docs/commands.md has a section \"## `%s`\"", spec.name()).isNotNegative();
            int next = page.indexOf("\n## ", section + 1);
            String text = page.substring(section, next < 0 ? page.length() : next);
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                assertThat(text).as("docs/commands.md, section %s, documents %s", spec.name(), o.longestName())
                        .contains("`" + o.longestName());
            }
        }
    }

    @Test
    void theReadmeShowsTheJavaExampleAndItsXmlAsTheyAreBuilt() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String source = Files.readString(Path.of("../examples/java/src/main/java/example/CheckOneCase.java")).strip();
        assertThat(readme).as("README shows examples/java/…/CheckOneCase.java verbatim").contains(source);
        String pom = Files.readString(Path.of("../examples/java/pom.xml"));
        String xml = pom.substring(pom.indexOf("<!-- readme:begin -->\n") + "<!-- readme:begin -->\n".length(),
                pom.indexOf("  <!-- readme:end -->"));
        String shown = xml.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(readme).as("README shows the XML of examples/java/pom.xml verbatim").contains(shown);
    }

    @Test
    void theReadmeLinksEveryDocsPageAndNothingOutsideTheRepository() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        try (var pages = Files.list(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                assertThat(readme).as("README links docs/%s", page.getFileName())
                        .contains("(docs/" + page.getFileName() + ")");
            }
        }
        assertThat(readme).doesNotContain("](../");
    }
}
