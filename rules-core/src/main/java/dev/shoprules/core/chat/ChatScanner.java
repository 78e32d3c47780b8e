package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Platform;
import dev.shoprules.core.chat.Lexicon.Term;
import dev.shoprules.core.privacy.Masking;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads one agent or auto-reply message with every detector and the promise reader: one normalising pass, one
 * Aho-Corasick pass over all word lists (and one over the sound of the spans that may name a channel), then
 * bounded look-arounds per match, and phones, e-mail and links read from the digit runs, at signs and dots the
 * normalising pass noted, so the cost is linear in the text length. Immutable and thread-safe.
 *
 * <pre>{@code
 * MessageReading r = ChatScanner.standard().read("加我薇 信 abc123", ScanContext.of(Platform.TMALL, Set.of()));
 * r.hits(); // [CONTACT_INFO wechat 「加我薇 信」, CONTACT_INFO wechat-id 「ab**23」]
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ChatScanner {
    /** Words of a review and a reward this close (characters between them) make review cashback. */
    static final int PAIR_WINDOW = 12;
    /** Characters allowed between a channel word and the id after it (是, 号, 为…). */
    static final int ID_LEAD = 3;
    private static final String ID_LEAD_CHARS = "是号为码叫搜";
    static final int PHONE_MIN_DIGITS = 10;
    static final int PHONE_MAX_DIGITS = 13;
    /** Characters after a market word in which a steer cue makes it steering (京东旗舰店也有, 官网下单更便宜). */
    static final int STEER_WINDOW = 10;
    /** Characters between a toward cue and the market word after it (去我们京东店). */
    static final int TOWARD_GAP = 2;
    /** Characters between an addressee and the judgement after it (你长得这么丑, 小二都是瞎子). */
    static final int ADDRESS_GAP = 6;
    /** Characters after a return-address word that are the warehouse's address and phone. */
    static final int RETURN_ADDRESS_SPAN = 60;
    /** The word list of acts for another account (privacy.words). */
    static final String PRIVACY_LIST = "privacy";

    private static final class Holder {
        static final ChatScanner STANDARD = new ChatScanner(Lexicon.load(
                Negation.LIST, "off-platform", "contact-info", "review-cashback", "ad-law", "abuse",
                PRIVACY_LIST, PromiseReader.LIST));
    }

    private final Lexicon lexicon;
    /** The characters that negate what follows them directly (不, 没 …), one bit per character. */
    private final BitSet adjacentNegations;
    private final Map<Platform, Set<String>> platformDomains;
    private final PromiseReader promises;

    ChatScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.adjacentNegations = new BitSet();
        lexicon.terms().stream()
                .filter(t -> t.list().equals(Negation.LIST) && t.kind().equals("adjacent"))
                .flatMapToInt(t -> t.dense().chars()).forEach(adjacentNegations::set);
        Map<Platform, Set<String>> domains = new EnumMap<>(Platform.class);
        for (Term t : lexicon.terms()) {
            if (t.kind().equals("domain")) {
                domains.computeIfAbsent(Platform.of(t.tag()), p -> new HashSet<>())
                        .add(t.word().toLowerCase(Locale.ROOT));
            }
        }
        domains.replaceAll((p, d) -> Set.copyOf(d));
        this.platformDomains = domains;
        this.promises = new PromiseReader();
    }

    /** The scanner with the project's word lists; loaded on first use. */
    public static ChatScanner standard() {
        return Holder.STANDARD;
    }

    /** The word lists it reads with. */
    Lexicon lexicon() {
        return lexicon;
    }

    /** Everything found in one message: detector hits and promise mentions. */
    public MessageReading read(String message, ScanContext context) {
        Objects.requireNonNull(context, "context");
        Work work = new Work();
        NormalizedText text = NormalizedText.of(message);
        Platform platform = context.platform();
        Lexicon.Matches matches = lexicon.scan(text, work);
        Negation negation = new Negation(text, matches, adjacentNegations, work);
        // One list per detector, in the detectors' order: each reader below adds its hits in text order.
        List<ChatHit> offPlatform = new ArrayList<>();
        words(text, matches, negation, ChatDetector.OFF_PLATFORM, true, platform, offPlatform);
        steering(text, matches, negation, platform, offPlatform, work);
        List<ChatHit> contactInfo = new ArrayList<>();
        words(text, matches, negation, ChatDetector.CONTACT_INFO, true, platform, contactInfo);
        channelIds(text, matches, context, contactInfo, work);
        phones(text, matches, context, contactInfo, work);
        emails(text, contactInfo, work);
        links(text, platformDomains.getOrDefault(platform, Set.of()), contactInfo, work);
        List<ChatHit> reviewCashback = new ArrayList<>();
        words(text, matches, negation, ChatDetector.REVIEW_CASHBACK, true, platform, reviewCashback);
        reviewRewardPairs(text, matches, negation, platform, reviewCashback, work);
        List<ChatHit> adLaw = new ArrayList<>();
        words(text, matches, negation, ChatDetector.AD_LAW, true, platform, adLaw);
        List<ChatHit> abuse = new ArrayList<>();
        words(text, matches, negation, ChatDetector.ABUSE, false, platform, abuse);
        addressedInsults(text, matches, platform, abuse, work);
        List<ChatHit> hits = inTextOrder(List.of(offPlatform, contactInfo, reviewCashback, adLaw, abuse));
        List<ChatHit> acts = actsForAnotherAccount(text, matches, negation);
        return new MessageReading(text, hits, promises.read(text, matches, negation), acts, work.steps());
    }

    /**
     * Deny words of a detector's list that no allow word overlaps and (if negatable) no refusal negates;
     * overlapping words are reported as one span (全网最低 + 最低价 → 全网最低价), tagged like the first.
     */
    private static void words(NormalizedText text, Lexicon.Matches matches, Negation negation, ChatDetector detector,
                              boolean negatable, Platform platform, List<ChatHit> out) {
        String list = detector.slug();
        BitSet allowed = allowed(matches, list, platform);
        Lexicon.Group deny = matches.of(list, "deny");
        int first = -1; // the first match of the span being joined
        int end = -1;
        for (int i = 0; i < deny.size(); i++) {
            int start = deny.start(i);
            if (overlaps(start, deny.end(i), allowed) || negatable && negation.negates(start, deny.end(i))) {
                continue;
            }
            if (first >= 0 && start < end) {
                end = Math.max(end, deny.end(i));
                continue;
            }
            if (first >= 0) {
                out.add(wordHit(text, detector, deny, first, end));
            }
            first = i;
            end = deny.end(i);
        }
        if (first >= 0) {
            out.add(wordHit(text, detector, deny, first, end));
        }
    }

    /** A hit for match {@code first} of {@code group}, reaching to {@code end}, tagged like the match. */
    private static ChatHit wordHit(NormalizedText text, ChatDetector detector, Lexicon.Group group, int first,
                                   int end) {
        int start = group.start(first);
        return new ChatHit(detector, group.term(first).tag(), quote(text, start, end), text.sourceStart(start),
                text.sourceEnd(end - 1));
    }

    /** The positions a list's allow words cover: {@code allow:} on every platform, {@code allow pdd:} on one. */
    private static BitSet allowed(Lexicon.Matches matches, String list, Platform platform) {
        BitSet bits = new BitSet();
        Lexicon.Group allow = matches.of(list, "allow");
        for (int i = 0; i < allow.size(); i++) {
            if (forPlatform(allow.term(i).tag(), "allow", platform)) {
                bits.set(allow.start(i), allow.end(i));
            }
        }
        return bits;
    }

    /** Whether a term tagged {@code tag} applies on {@code platform}: untagged terms apply everywhere. */
    private static boolean forPlatform(String tag, String untagged, Platform platform) {
        return tag.equals(untagged) || tag.equals(platform.code());
    }

    /**
     * Steering to another marketplace (RULES.md, chat additions): a market word of another platform, with a steer
     * cue at most {@value #STEER_WINDOW} characters after it or a toward cue at most {@value #TOWARD_GAP}
     * characters before it, in its clause, not negated: 去我们京东店下单, 抖店价格更低, 官网下单更便宜. A market that is
     * only named (京东快递, 在京东买的, 抖音上看到的吗) is not steering. Tmall and Taobao are one family: a Tmall agent
     * may point to 手淘.
     */
    private static void steering(NormalizedText text, Lexicon.Matches matches, Negation negation, Platform platform,
                                 List<ChatHit> out, Work work) {
        String list = ChatDetector.OFF_PLATFORM.slug();
        BitSet allowed = allowed(matches, list, platform);
        Lexicon.Group steers = matches.of(list, "steer");
        Lexicon.Group towards = matches.of(list, "toward");
        Lexicon.Group markets = matches.of(list, "market");
        for (int k = 0; k < markets.size(); k++) {
            String family = markets.term(k).tag();
            boolean own = family.equals("alibaba") ? platform != Platform.PDD : family.equals(platform.code());
            int marketStart = markets.start(k);
            int marketEnd = markets.end(k);
            if (own || overlaps(marketStart, marketEnd, allowed)) {
                continue;
            }
            int clause = text.clauseOf(marketStart);
            int start = -1;
            int end = -1;
            for (int i = towards.firstStartingAt(marketStart - TOWARD_GAP - 8);
                 i < towards.size() && towards.start(i) < marketStart; i++) {
                work.step();
                if (towards.end(i) <= marketStart && marketStart - towards.end(i) <= TOWARD_GAP
                        && text.clauseOf(towards.start(i)) == clause) {
                    start = towards.start(i);
                    end = marketEnd;
                    break;
                }
            }
            for (int i = steers.firstStartingAt(marketEnd);
                 start < 0 && i < steers.size() && steers.start(i) <= marketEnd + STEER_WINDOW; i++) {
                work.step();
                if (text.clauseOf(steers.start(i)) == clause && !overlaps(steers.start(i), steers.end(i), allowed)) {
                    start = marketStart;
                    end = steers.end(i);
                }
            }
            if (start >= 0 && !negation.negates(start, end)) {
                out.add(new ChatHit(ChatDetector.OFF_PLATFORM, "other-platform", quote(text, start, end),
                        text.sourceStart(start), text.sourceEnd(end - 1)));
            }
        }
    }

    /**
     * An insult without a listed word: a judgement of the person ({@code addressed} words: 太胖, 是不是傻, 事多)
     * with an addressee ending at most {@value #ADDRESS_GAP} characters before it in its clause (你, 您, 就你; on
     * PDD also the platform's staff: 小二, 审核). Not negatable, as every insult.
     */
    private static void addressedInsults(NormalizedText text, Lexicon.Matches matches, Platform platform,
                                         List<ChatHit> out, Work work) {
        String list = ChatDetector.ABUSE.slug();
        Lexicon.Group insults = matches.of(list, "addressed");
        if (insults.isEmpty()) {
            return;
        }
        BitSet allowed = allowed(matches, list, platform);
        Lexicon.Group addressees = matches.of(list, "addressee");
        for (int k = 0; k < insults.size(); k++) {
            int insultStart = insults.start(k);
            int insultEnd = insults.end(k);
            if (overlaps(insultStart, insultEnd, allowed)) {
                continue;
            }
            int clause = text.clauseOf(insultStart);
            for (int i = addressees.firstStartingAt(insultStart - ADDRESS_GAP - 8);
                 i < addressees.size() && addressees.start(i) < insultStart; i++) {
                if (!forPlatform(addressees.term(i).tag(), "addressee", platform)) {
                    continue; // another platform's addressee (小二 only on PDD)
                }
                work.step();
                int a = addressees.start(i);
                if (addressees.end(i) <= insultStart && insultStart - addressees.end(i) <= ADDRESS_GAP
                        && text.clauseOf(a) == clause) {
                    out.add(new ChatHit(ChatDetector.ABUSE, "addressed-insult", quote(text, a, insultEnd),
                            text.sourceStart(a), text.sourceEnd(insultEnd - 1)));
                    break;
                }
            }
        }
    }

    /**
     * Acts that are a privacy violation when the chat's account is not the order's buyer ({@code privacy.words}):
     * changing the address or receiver, telling who bought. None when the act is negated or refused, or when the
     * message sends the asker to the buyer's own account (需要下单账号来申请). {@link ChatReader} decides with the
     * case whose orders they concern.
     */
    private static List<ChatHit> actsForAnotherAccount(NormalizedText text, Lexicon.Matches matches,
                                                       Negation negation) {
        Lexicon.Group acts = matches.of(PRIVACY_LIST, "act");
        if (acts.isEmpty() || !matches.of(PRIVACY_LIST, "redirect").isEmpty()) {
            return List.of();
        }
        List<ChatHit> out = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            if (!negation.negates(acts.start(i), acts.end(i))) {
                out.add(wordHit(text, ChatDetector.PRIVACY, acts, i, acts.end(i)));
            }
        }
        return ChatHit.outermost(out);
    }

    /** Whether some position of {@code [start, end)} is covered. */
    private static boolean overlaps(int start, int end, BitSet covered) {
        int next = covered.nextSetBit(start);
        return next >= 0 && next < end;
    }

    /**
     * A review word and a reward word within {@value #PAIR_WINDOW} characters of each other, neither negated nor
     * inside an allowed phrase (感谢您的好评): 好评后联系客服领取红包, 晒图给您返5元. A rating (好评, 五星, 删差评) with any
     * reward is cashback; a review or photo of any rating (晒图, 评价) only with cash or a gift, not a coupon (seed).
     */
    private static void reviewRewardPairs(NormalizedText text, Lexicon.Matches matches, Negation negation,
                                          Platform platform, List<ChatHit> out, Work work) {
        String list = ChatDetector.REVIEW_CASHBACK.slug();
        BitSet allowed = allowed(matches, list, platform);
        Lexicon.Group rewards = matches.of(list, "reward");
        boolean[] usable = new boolean[rewards.size()];
        for (int i = 0; i < rewards.size(); i++) {
            usable[i] = !overlaps(rewards.start(i), rewards.end(i), allowed)
                    && !negation.negates(rewards.start(i), rewards.end(i));
        }
        Lexicon.Group reviews = matches.of(list, "review");
        for (int k = 0; k < reviews.size(); k++) {
            int reviewStart = reviews.start(k);
            int reviewEnd = reviews.end(k);
            if (overlaps(reviewStart, reviewEnd, allowed) || negation.negates(reviewStart, reviewEnd)) {
                continue;
            }
            int from = Math.max(0, reviewStart - PAIR_WINDOW - 16);
            for (int i = rewards.firstStartingAt(from);
                 i < rewards.size() && rewards.start(i) <= reviewEnd + PAIR_WINDOW; i++) {
                if (!usable[i]) {
                    continue;
                }
                work.step();
                // Seed: a photo or review for a coupon is allowed unless the coupon is tied to a good rating.
                if (reviews.term(k).tag().equals("activity") && rewards.term(i).tag().equals("coupon")) {
                    continue;
                }
                int rewardStart = rewards.start(i);
                int rewardEnd = rewards.end(i);
                boolean close = rewardStart >= reviewEnd
                        ? rewardStart - reviewEnd <= PAIR_WINDOW
                        : rewardEnd <= reviewStart && reviewStart - rewardEnd <= PAIR_WINDOW;
                if (close) {
                    int start = Math.min(reviewStart, rewardStart);
                    int end = Math.max(reviewEnd, rewardEnd);
                    out.add(new ChatHit(ChatDetector.REVIEW_CASHBACK, "review-reward", quote(text, start, end),
                            text.sourceStart(start), text.sourceEnd(end - 1)));
                    break;
                }
            }
        }
    }

    /** An id right after a channel word: 微信：abc_123, vx abc123, 扣扣 12345678. */
    private static void channelIds(NormalizedText text, Lexicon.Matches matches, ScanContext context,
                                   List<ChatHit> out, Work work) {
        Lexicon.Group channels = matches.of(ChatDetector.CONTACT_INFO.slug(), "channel");
        char[] chars = text.chars();
        for (int c = 0; c < channels.size(); c++) {
            work.add(ID_LEAD + 21);
            int i = channels.end(c);
            int lead = 0;
            while (i < text.length() && lead < ID_LEAD && ID_LEAD_CHARS.indexOf(chars[i]) >= 0
                    && text.clauseOf(i) == text.clauseOf(channels.start(c))) {
                i++;
                lead++;
            }
            int start = i;
            while (i < text.length() && i - start <= 20 && isAlphanumeric(chars[i])) {
                i++;
            }
            int length = i - start;
            if (length == 0 || length > 20) {
                continue;
            }
            boolean digits = true;
            for (int k = start; k < i; k++) {
                digits &= NormalizedText.isDigit(chars[k]);
            }
            String channel = channels.term(c).tag();
            boolean valid = channel.equals("qq")
                    ? digits && length >= 5 && length <= 11 && chars[start] != '0'
                    : digits ? length >= 6 && length <= 13 : NormalizedText.isAsciiLetter(chars[start]) && length >= 6;
            if (!valid) {
                continue;
            }
            String id = new String(chars, start, length); // only for a well-formed id
            if (!(digits && context.ownNumbers().contains(id))) {
                out.add(new ChatHit(ChatDetector.CONTACT_INFO, channel + "-id", maskId(id),
                        text.sourceStart(start), text.sourceEnd(i - 1)));
            }
        }
    }

    /**
     * Phone numbers in digit runs, separators and Chinese numerals included (一三八 1234-5678): a run is split only
     * where the writer put a separator, and every sequence of such pieces that has the shape of a mainland mobile
     * (11 digits, 1[3-9]…, optionally 86 first), a landline with area code (0…, 10–12 digits) or a 400/800
     * service number is a phone, unless the case knows those digits as something else (400/800 numbers are allowed
     * only when registered) or it stands in the shop's return address (退货地址：…，13912345678).
     */
    private static void phones(NormalizedText text, Lexicon.Matches matches, ScanContext context, List<ChatHit> out,
                               Work work) {
        int n = text.length();
        BitSet returnAddress = null;
        Lexicon.Group returnAddresses = matches.of(ChatDetector.CONTACT_INFO.slug(), "return-address");
        for (int k = 0; k < returnAddresses.size(); k++) {
            if (returnAddress == null) {
                returnAddress = new BitSet();
            }
            int end = returnAddresses.end(k);
            returnAddress.set(end, Math.min(n, end + RETURN_ADDRESS_SPAN));
        }
        // A run's pieces: piece p is [bounds[p], bounds[p + 1]), count of them.
        int[] bounds = new int[PHONE_MAX_DIGITS + 1];
        NormalizedText.Positions runs = text.digitRuns();
        for (int r = 0; r < runs.size(); r++) {
            int runStart = runs.get(r);
            int i = runStart;
            work.step();
            while (i < n && NormalizedText.isDigit(text.charAt(i))) {
                i++;
            }
            // No phone has fewer than PHONE_MIN_DIGITS digits: most runs (sizes, prices, counts) end here.
            if (i - runStart < PHONE_MIN_DIGITS
                    || context.ownNumbers().contains(text.dense().subSequence(runStart, i).toString())) {
                continue;
            }
            if (bounds.length < i - runStart + 1) {
                bounds = new int[i - runStart + 1]; // each piece holds a digit at least
            }
            int count = 0;
            bounds[0] = runStart;
            for (int k = runStart + 1; k < i; k++) {
                if (text.sourceStart(k) != text.sourceEnd(k - 1) && text.sourceStart(k) != text.sourceStart(k - 1)) {
                    bounds[++count] = k;
                }
            }
            bounds[++count] = i;
            for (int p = 0; p < count; ) {
                int found = -1;
                for (int q = p; q < count && bounds[q + 1] - bounds[p] <= PHONE_MAX_DIGITS; q++) {
                    work.step();
                    if (bounds[q + 1] - bounds[p] < PHONE_MIN_DIGITS) {
                        continue;
                    }
                    String digits = new String(text.chars(), bounds[p], bounds[q + 1] - bounds[p]);
                    if (phoneShaped(digits) && !context.ownNumbers().contains(digits)
                            && !(returnAddress != null && returnAddress.get(bounds[p]))) {
                        out.add(new ChatHit(ChatDetector.CONTACT_INFO, "phone", Masking.phone(digits),
                                text.sourceStart(bounds[p]), text.sourceEnd(bounds[q + 1] - 1)));
                        found = q;
                        break;
                    }
                }
                p = found >= 0 ? found + 1 : p + 1;
            }
        }
    }

    static boolean phoneShaped(String d) {
        int n = d.length();
        if (n == 11 && d.charAt(0) == '1') {
            return d.charAt(1) >= '3';
        }
        if (n == 13 && d.startsWith("86")) {
            return d.charAt(2) == '1' && d.charAt(3) >= '3';
        }
        if (n == 10 && (d.startsWith("400") || d.startsWith("800"))) {
            return true;
        }
        return n >= 10 && n <= 12 && d.charAt(0) == '0' && d.charAt(1) != '0';
    }

    /** E-mail addresses: each {@code @} looks at most 64 characters left and 253 right. */
    private static void emails(NormalizedText text, List<ChatHit> out, Work work) {
        String message = text.original();
        NormalizedText.Positions ats = text.ats();
        int after = 0; // where the last address found ends
        for (int k = 0; k < ats.size(); k++) {
            int at = ats.get(k);
            if (at < after) {
                continue;
            }
            work.add(64 + 253);
            int left = at;
            while (left > 0 && at - left < 64 && isLocalChar(Folding.syntax(message.charAt(left - 1)))) {
                left--;
            }
            int right = at + 1;
            int lastDot = -1;
            while (right < message.length() && right - at <= 253 && isHostChar(Folding.syntax(message.charAt(right)))) {
                if (Folding.syntax(message.charAt(right)) == '.') {
                    lastDot = right;
                }
                right++;
            }
            while (right > at + 1 && Folding.syntax(message.charAt(right - 1)) == '.') {
                right--;
            }
            if (left < at && lastDot > at + 1 && lastDot < right - 2 && lettersOnly(message, lastDot + 1, right)) {
                String host = syntaxOf(message, at + 1, right);
                String local = syntaxOf(message, left, at);
                out.add(new ChatHit(ChatDetector.CONTACT_INFO, "email",
                        local.charAt(0) + "***@" + host, left, right));
                after = right;
            }
        }
    }

    /**
     * Links: a run of link characters that holds {@code http(s)://}, {@code www.} or a host with a known top-level
     * domain ({@code weidian.com/abc}); links to the platform's own hosts are allowed. Each of these has a dot in
     * its host, so only the runs around the text's dots are read.
     */
    private static void links(NormalizedText text, Set<String> allowed, List<ChatHit> out, Work work) {
        String message = text.original();
        int n = message.length();
        NormalizedText.Positions dots = text.dots();
        int i = 0; // where the last run read ends
        for (int k = 0; k < dots.size(); k++) {
            int dot = dots.get(k);
            if (dot < i) {
                continue; // in the run just read
            }
            int start = dot;
            while (start > i && isLinkChar(Folding.syntax(message.charAt(start - 1)))) {
                start--;
            }
            i = dot + 1;
            while (i < n && isLinkChar(Folding.syntax(message.charAt(i)))) {
                i++;
            }
            work.add(i - start);
            // A link starts at a letter or digit (看这里:weidian.com → weidian.com).
            while (start < i && !isAlphanumeric(Folding.syntax(message.charAt(start)))) {
                start++;
            }
            if (holdsAt(text, start, i)) {
                continue; // an e-mail address, read by emails
            }
            String token = syntaxOf(message, start, i);
            int scheme = token.indexOf("://");
            int hostStart = scheme >= 0 ? scheme + 3 : 0;
            int slash = token.indexOf('/', hostStart);
            int hostEnd = slash >= 0 ? slash : token.length();
            int colon = token.indexOf(':', hostStart);
            if (colon >= 0 && colon < hostEnd) {
                hostEnd = colon;
            }
            while (hostEnd > hostStart && token.charAt(hostEnd - 1) == '.') {
                hostEnd--;
            }
            String host = token.substring(hostStart, hostEnd);
            boolean link = scheme >= 0 && host.indexOf('.') > 0 || host.startsWith("www.") || knownTld(host);
            if (link && !onPlatform(host, allowed)) {
                String shown = token.length() > 60 ? token.substring(0, 60) + "…" : token;
                out.add(new ChatHit(ChatDetector.CONTACT_INFO, "link", shown, start, i));
            }
        }
    }

    private static final Set<String> TLDS = Set.of("com", "cn", "net", "org", "cc", "me", "io", "top", "xyz", "vip",
            "shop", "info", "ly", "club", "site", "link", "co", "tv", "hk", "tw");

    private static boolean knownTld(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || dot == host.length() - 1) {
            return false;
        }
        if (!TLDS.contains(host.substring(dot + 1))) {
            return false;
        }
        for (int i = 0; i < dot; i++) {
            if (NormalizedText.isAsciiLetter(host.charAt(i))) {
                return true; // a host has a letter before its top-level domain (99.cc is a price, not a host)
            }
        }
        return false;
    }

    /** Whether {@code host} is one of the platform's domains or a subdomain of one. */
    private static boolean onPlatform(String host, Set<String> allowed) {
        for (String d : allowed) {
            int before = host.length() - d.length() - 1; // where the dot before a subdomain's domain stands
            if (host.endsWith(d) && (before == -1 || before >= 0 && host.charAt(before) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character that reads as {@code @} stands in the original text's {@code [from, to)}. */
    private static boolean holdsAt(NormalizedText text, int from, int to) {
        NormalizedText.Positions ats = text.ats();
        int k = ats.firstAtOrAfter(from);
        return k < ats.size() && ats.get(k) < to;
    }

    private static boolean isAlphanumeric(char c) {
        return NormalizedText.isAsciiLetter(c) || NormalizedText.isDigit(c);
    }

    private static boolean isLocalChar(char c) {
        return NormalizedText.isAsciiLetter(c) || NormalizedText.isDigit(c) || c == '.' || c == '_' || c == '-'
                || c == '+' || c == '%';
    }

    private static boolean isHostChar(char c) {
        return NormalizedText.isAsciiLetter(c) || NormalizedText.isDigit(c) || c == '.' || c == '-';
    }

    private static final boolean[] LINK_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            LINK_CHARS[c] = isHostChar(c) || "/:?=&_%#~+@".indexOf(c) >= 0;
        }
    }

    private static boolean isLinkChar(char c) {
        return c < 128 && LINK_CHARS[c];
    }

    private static boolean lettersOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!NormalizedText.isAsciiLetter(Folding.syntax(s.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String syntaxOf(String s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = Folding.syntax(s.charAt(i));
        }
        return new String(out);
    }

    /** WeChat and QQ ids keep their first two and last two characters. */
    static String maskId(String id) {
        if (id.length() <= 4) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 2) + "*".repeat(id.length() - 4) + id.substring(id.length() - 2);
    }

    /** The original text of a dense span, at most 40 characters, for evidence. */
    static String quote(NormalizedText text, int start, int end) {
        String s = text.originalSpan(start, end);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * Hits of one detector that overlap say the same thing once (a phone that is also a WeChat id, a deny phrase
     * inside a review–reward pair): per detector the earliest and longest is kept ({@link ChatHit#outermost}).
     * Then all in text order, by detector at the same start: {@code byDetector} holds one list per detector, in
     * the detectors' order. Each detector's hits come from a few readers that each add them in text order, so
     * sorting per detector merges a few runs, and the detectors' lists are merged by comparing their next starts.
     */
    private static List<ChatHit> inTextOrder(List<List<ChatHit>> byDetector) {
        int count = byDetector.size();
        List<List<ChatHit>> kept = new ArrayList<>(count);
        int total = 0;
        for (List<ChatHit> hits : byDetector) {
            List<ChatHit> outermost = ChatHit.outermost(hits);
            kept.add(outermost);
            total += outermost.size();
        }
        int[] next = new int[count];
        List<ChatHit> out = new ArrayList<>(total);
        while (out.size() < total) {
            int first = -1; // the detector whose next hit starts first; the earlier detector at the same start
            for (int d = 0; d < count; d++) {
                if (next[d] < kept.get(d).size() && (first < 0
                        || kept.get(d).get(next[d]).start() < kept.get(first).get(next[first]).start())) {
                    first = d;
                }
            }
            out.add(kept.get(first).get(next[first]++));
        }
        return out;
    }
}
