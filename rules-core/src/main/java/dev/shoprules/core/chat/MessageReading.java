package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What one message says, as read by {@link ChatScanner}: detector hits in text order, promise mentions, and acts
 * that are privacy violations when done for an account that is not the order's buyer ({@link ChatReader} decides,
 * knowing the case). {@code work} is the number of elementary steps the reading took (linear in the text).
 */
@API(status = INTERNAL, since = "0.1")
public record MessageReading(NormalizedText text, List<ChatHit> hits, List<PromiseMention> promises,
                             List<ChatHit> acts, long work) {
    public MessageReading {
        hits = List.copyOf(hits);
        promises = List.copyOf(promises);
        acts = List.copyOf(acts);
    }

    /** The hits of one detector. */
    public List<ChatHit> hits(ChatDetector detector) {
        return hits.stream().filter(h -> h.detector() == detector).toList();
    }
}
