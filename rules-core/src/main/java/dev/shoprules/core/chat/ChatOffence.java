package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Everything one detector found in one chat (for {@link ChatDetector#PRIVACY}: about one order), the fact the
 * packs' chat rules decide: one conversation is one act, so one violation, at its {@code first} offending message,
 * whose evidence lists every offending message. Grouped in Java before insertion rather than by each rule's
 * {@code not} (no earlier finding) and {@code accumulate} (all findings) over single findings: the grouping is the
 * same for every chat rule and no rule needs the single findings.
 *
 * @param first the finding of the chat's earliest offending message
 * @param messageIndexes the indexes of every message with a finding of this detector in this chat, ascending
 */
@API(status = INTERNAL, since = "0.2")
public record ChatOffence(ChatFinding first, List<Integer> messageIndexes) {
    public ChatOffence {
        Objects.requireNonNull(first, "first");
        messageIndexes = List.copyOf(messageIndexes);
    }

    /** The findings grouped by detector, chat and (for privacy) order, in the order each group first appears. */
    public static List<ChatOffence> of(List<ChatFinding> findings) {
        Map<List<Object>, List<ChatFinding>> groups = new LinkedHashMap<>();
        for (ChatFinding f : findings) {
            groups.computeIfAbsent(Arrays.asList(f.detector(), f.chatId(), f.orderId()),
                    k -> new ArrayList<>()).add(f);
        }
        List<ChatOffence> offences = new ArrayList<>(groups.size());
        for (List<ChatFinding> group : groups.values()) {
            ChatFinding first = group.get(0);
            for (ChatFinding f : group) {
                if (f.messageIndex() < first.messageIndex()) {
                    first = f;
                }
            }
            offences.add(new ChatOffence(first,
                    group.stream().map(ChatFinding::messageIndex).distinct().sorted().toList()));
        }
        return offences;
    }

    public ChatDetector detector() {
        return first.detector();
    }

    /** When the first offending message was sent: the rule version in force then applies. */
    public Instant at() {
        return first.at();
    }

    /**
     * The violation of {@code version}: at the first message, its reason saying {@code what}; see
     * {@link ChatFinding#violation}.
     */
    public Violation violation(RuleVersion version, String what) {
        return first.violation(version, what, messageIndexes);
    }
}
