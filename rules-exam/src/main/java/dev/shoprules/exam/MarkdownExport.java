package dev.shoprules.exam;

import dev.shoprules.core.json.CaseJson;
import java.util.Map;
import java.util.stream.Collectors;

/** A paper for printing, then the answer key: answer, rule and version, explanation, and the scenario case. */
final class MarkdownExport {
    private static final String[] SECTION = {"一", "二", "三", "四"};

    private MarkdownExport() {}

    static String render(ExamPaper paper) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(paper.title()).append("\n\n");
        b.append("平台 ").append(paper.platform().code()).append("（规则包 ").append(paper.packVersion())
                .append("），种子 ").append(paper.seed()).append("，共 ").append(paper.questions().size())
                .append(" 题，涵盖规则：").append(String.join("、", paper.rules())).append("。");
        if (!paper.parameters().isEmpty()) {
            b.append("参数：").append(parameters(paper.parameters())).append("。");
        }
        b.append("每题答案均由规则引擎对题目情景的判定得出，可用 `./shoprules check` 复核（情景案例见答案与解析）。\n");
        int section = 0;
        QuestionType current = null;
        for (Question q : paper.questions()) {
            if (q.type() != current) {
                current = q.type();
                b.append("\n## ").append(SECTION[section++]).append("、").append(current.chineseName()).append("\n");
            }
            b.append("\n**").append(q.number()).append(".** ").append(q.stem());
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    b.append(q.type() == QuestionType.MULTIPLE_CHOICE ? "（多选）" : "").append("\n\n");
                    q.options().forEach(o -> b.append("- ").append(o.label()).append(". ").append(o.text()).append("\n"));
                }
                case TRUE_FALSE -> b.append("（").append(q.options().get(0).text()).append(" / ")
                        .append(q.options().get(1).text()).append("）\n");
                case FILL_IN -> b.append(" ________\n");
            }
        }
        b.append("\n---\n\n# 答案与解析\n");
        for (Question q : paper.questions()) {
            b.append("\n**").append(q.number()).append(".** 答案：**").append(q.answer()).append("**　")
                    .append(q.ruleId()).append(" ").append(q.ruleTitle()).append("（版本 ").append(q.ruleVersion())
                    .append("，题型 ").append(q.template()).append("）\n\n");
            b.append("解析：").append(q.explanation()).append("\n\n");
            b.append("<details><summary>情景案例（").append(q.id()).append("），可用 ./shoprules check 复核</summary>\n\n");
            if (q.caseJson() != null) {
                b.append("```json\n").append(CaseJson.compact(q.caseJson())).append("\n```\n\n");
            }
            for (Option o : q.options()) {
                if (o.scenario() == null || (o.scenario().caseJson() == null && o.scenario().parameters().isEmpty())) {
                    continue;
                }
                b.append("「").append(o.text()).append("」：");
                if (!o.scenario().parameters().isEmpty()) {
                    b.append("参数 `").append(parameters(o.scenario().parameters())).append("` ");
                }
                if (o.scenario().caseJson() != null) {
                    b.append("\n\n```json\n").append(CaseJson.compact(o.scenario().caseJson())).append("\n```\n");
                } else {
                    b.append("（题目案例）\n");
                }
                b.append("\n");
            }
            b.append("</details>\n");
        }
        return b.toString();
    }

    private static String parameters(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> "--set " + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
