package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Platform;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a scanner needs to know beyond the text: the platform (whose own hosts are not outside links) and the
 * digit strings that are not contact details because the case knows them as something else: order ids,
 * tracking numbers, prices, the shop's registered phones, the chat buyer's own phone.
 */
@API(status = INTERNAL, since = "0.1")
public record ScanContext(Platform platform, Set<String> ownNumbers) {
    public ScanContext {
        Objects.requireNonNull(platform, "platform");
        ownNumbers = Set.copyOf(ownNumbers);
    }

    public static ScanContext of(Platform platform, Set<String> ownNumbers) {
        return new ScanContext(platform, ownNumbers);
    }
}
