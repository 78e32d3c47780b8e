package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What one detector found in one agent or auto-reply message. The engine groups a chat's findings into a
 * {@link ChatOffence} for the packs' chat rules, which turn it into a violation with their own points and severity.
 * {@code orderId} is set for {@link ChatDetector#PRIVACY} (whose data was disclosed) and null otherwise;
 * {@code messageIndex} is the 0-based index in the chat's {@code messages}.
 */
@API(status = INTERNAL, since = "0.1")
public record ChatFinding(
        String chatId,
        String account,
        int messageIndex,
        Sender from,
        String agentId,
        Instant at,
        ChatDetector detector,
        String orderId,
        List<ChatHit> hits) {

    /** Evidence lists at most this many hits of a message; the count says how many there were. */
    static final int EVIDENCE_HITS = 10;

    public ChatFinding {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(detector, "detector");
        hits = List.copyOf(hits);
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one hit");
        }
    }

    /** The hits' texts for a reason line: {@code 「加我微信」「138****5678」}. */
    public String quote() {
        return hits.stream().limit(3).map(h -> "「" + h.text() + "」").collect(Collectors.joining())
                + (hits.size() > 3 ? "等" + hits.size() + "处" : "");
    }

    /** The hits' tags, without repeats, in order: {@code [wechat, phone]}. */
    public List<String> tags() {
        return hits.stream().map(ChatHit::tag).distinct().toList();
    }

    /**
     * The violation of {@code version} this finding is the first of in its chat: it points at this message, its
     * reason says {@code what} and quotes the hits, and its evidence lists every message of the chat with the
     * same finding ({@code indexes}, ascending).
     */
    Violation violation(RuleVersion version, String what, List<Integer> indexes) {
        String more = indexes.size() > 1 ? "（同一会话共 " + indexes.size() + " 条消息）" : "";
        return Violation.of(version).order(orderId).message(chatId, messageIndex)
                .reason(what + "：" + quote() + more)
                .evidence(evidence())
                .evidence("messageIndexes", indexes)
                .build();
    }

    /** The message and what was found in it, for a violation's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("detector", detector.slug());
        e.put("chatId", chatId);
        e.put("account", account);
        e.put("messageIndex", messageIndex);
        e.put("from", from.name());
        e.put("agentId", agentId);
        e.put("messageAt", at);
        List<Map<String, Object>> matches = new ArrayList<>();
        hits.stream().limit(EVIDENCE_HITS).forEach(h -> matches.add(h.evidence()));
        e.put("matches", matches);
        e.put("matchCount", hits.size());
        return e;
    }
}
