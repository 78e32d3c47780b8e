package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing a detector found in one message: what kind ({@code tag}: {@code payment}, {@code phone},
 * {@code wechat-id}…), the text as evidence (personal data already masked: {@code 138****5678}) and where it
 * is in the original message ({@code [start, end)}).
 */
@API(status = INTERNAL, since = "0.1")
public record ChatHit(ChatDetector detector, String tag, String text, int start, int end) {
    public ChatHit {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(text, "text");
    }

    private static final Comparator<ChatHit> EARLIEST_LONGEST = (a, b) ->
            a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end);

    boolean overlaps(ChatHit other) {
        return start < other.end && other.start < end;
    }

    /**
     * The hits not inside another one, in text order: of overlapping hits the earliest and longest is kept
     * (sorting then one sweep, so a text with many hits costs n log n).
     */
    static List<ChatHit> outermost(List<ChatHit> hits) {
        List<ChatHit> sorted = new ArrayList<>(hits);
        sorted.sort(EARLIEST_LONGEST);
        List<ChatHit> out = new ArrayList<>(sorted.size());
        int reached = -1;
        for (ChatHit h : sorted) {
            if (h.start() >= reached) {
                out.add(h);
                reached = h.end();
            }
        }
        return out;
    }

    /** The hit as evidence: {@code {tag, text, start, end}}. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("tag", tag);
        e.put("text", text);
        e.put("start", start);
        e.put("end", end);
        return e;
    }
}
