package dev.shoprules.core.chat;

import java.util.List;

/** What one message says, as read by {@link ChatScanner}: detector hits in text order and promise mentions. */
public record MessageReading(NormalizedText text, List<ChatHit> hits, List<PromiseMention> promises) {
    public MessageReading {
        hits = List.copyOf(hits);
        promises = List.copyOf(promises);
    }

    /** The hits of one detector. */
    public List<ChatHit> hits(ChatDetector detector) {
        return hits.stream().filter(h -> h.detector() == detector).toList();
    }
}
