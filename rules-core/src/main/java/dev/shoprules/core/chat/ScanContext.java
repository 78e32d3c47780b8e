package dev.shoprules.core.chat;

import dev.shoprules.core.Platform;
import java.util.Objects;
import java.util.Set;

/**
 * What a scanner needs to know beyond the text: the platform (whose own hosts are not outside links) and the
 * digit strings that are not contact details because the case knows them as something else: order ids,
 * tracking numbers, prices, the shop's registered phones, the chat buyer's own phone.
 */
public record ScanContext(Platform platform, Set<String> ownNumbers) {
    public ScanContext {
        Objects.requireNonNull(platform, "platform");
        ownNumbers = Set.copyOf(ownNumbers);
    }

    public static ScanContext of(Platform platform, Set<String> ownNumbers) {
        return new ScanContext(platform, ownNumbers);
    }
}
