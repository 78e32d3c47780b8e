package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.testing.CaseBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a whole case: which messages count, which orders a chat promise binds, privacy against the case. */
class ChatReaderTest {
    private static Message agent(String at, String text) {
        return new Message(Sender.AGENT, "xiaomei", CaseBuilder.at(at), text);
    }

    private static Message auto(String at, String text) {
        return new Message(Sender.AUTO_REPLY, null, CaseBuilder.at(at), text);
    }

    private static Message buyer(String at, String text) {
        return new Message(Sender.BUYER, null, CaseBuilder.at(at), text);
    }

    private static CaseBuilder twoOrders() {
        return CaseBuilder.of(Platform.TMALL).asOf("2026-11-05T12:00+08:00")
                .order("o-1", "800.00", "2026-11-01T10:00+08:00")
                .order("o-2", "99.00", "2026-11-01T11:00+08:00");
    }

    @Test
    void aChatPromiseBindsTheChatsOrdersAndPointsAtTheMessage() {
        CaseFacts c = twoOrders().chat(new Chat("chat-1", "b-o-1", List.of("o-1"), List.of(
                buyer("2026-11-01T09:00+08:00", "能发顺丰吗"),
                agent("2026-11-01T09:01+08:00", "可以的，给您发顺丰"),
                auto("2026-11-01T09:02+08:00", "本店全国包邮")))).build();
        assertThat(ChatReader.read(c).promises()).containsExactly(
                new Promise("o-1", PromiseKind.CARRIER, "SF", CaseBuilder.at("2026-11-01T09:01+08:00"),
                        PromiseSource.CHAT, "chat-1", 1),
                new Promise("o-1", PromiseKind.FREE_SHIPPING, null, CaseBuilder.at("2026-11-01T09:02+08:00"),
                        PromiseSource.AUTO_REPLY, "chat-1", 2));
    }

    @Test
    void aChatNamingNoOrderBindsEveryOrderOfItsAccount() {
        CaseFacts c = twoOrders().chat(new Chat("pre-sale", "b-o-2", List.of(), List.of(
                agent("2026-11-01T09:01+08:00", "拍下给您发顺丰")))).build();
        assertThat(ChatReader.read(c).promises()).extracting(Promise::orderId, Promise::value)
                .containsExactly(tuple("o-2", "SF"));
    }

    @Test
    void aPromiseTheCaseListsOrAnEarlierMessageMadeIsNotRepeated() {
        CaseFacts c = twoOrders()
                .promise(new Promise("o-1", PromiseKind.CARRIER, "sf", null, PromiseSource.LISTING, null, null))
                .chat(new Chat("chat-1", "b-o-1", List.of("o-1"), List.of(
                        agent("2026-11-01T09:01+08:00", "给您发顺丰，包邮"),
                        agent("2026-11-01T09:05+08:00", "放心，包邮的，发顺丰")))).build();
        assertThat(ChatReader.read(c).promises()).extracting(Promise::kind, Promise::messageIndex)
                .containsExactly(tuple(PromiseKind.FREE_SHIPPING, 0));
    }

    @Test
    void buyerTextAndMessagesAfterAsOfAreNotRead() {
        CaseFacts c = twoOrders().chat(new Chat("chat-1", "b-o-1", List.of("o-1"), List.of(
                buyer("2026-11-01T09:00+08:00", "加我微信abc12345，我微信转账给你，你发顺丰"),
                agent("2026-11-06T09:00+08:00", "加我微信abc12345，给您发顺丰")))).build();
        ChatReader.Reading r = ChatReader.read(c);
        assertThat(r.findings()).isEmpty();
        assertThat(r.promises()).isEmpty();
    }

    @Test
    void findingsAreOnePerMessageAndDetector() {
        CaseFacts c = twoOrders().chat(new Chat("chat-1", "b-o-1", List.of("o-1"), List.of(
                agent("2026-11-01T09:01+08:00", "加我微信abc12345，微信转账给我更便宜，我们是全网最低价"),
                agent("2026-11-01T09:02+08:00", "或者打我电话 139 8765 4321")))).build();
        assertThat(ChatReader.read(c).findings())
                .extracting(ChatFinding::messageIndex, ChatFinding::detector, ChatFinding::tags)
                .containsExactly(
                        tuple(0, ChatDetector.OFF_PLATFORM, List.of("payment")),
                        tuple(0, ChatDetector.CONTACT_INFO, List.of("wechat", "wechat-id")),
                        tuple(0, ChatDetector.AD_LAW, List.of("superlative")),
                        tuple(1, ChatDetector.CONTACT_INFO, List.of("phone")));
    }

    @Test
    void receiverDataToAnotherAccountIsAPrivacyFindingAboutThatOrder() {
        CaseFacts c = twoOrders().chat(new Chat("chat-1", "b-o-2", List.of("o-2"), List.of(
                buyer("2026-11-01T09:00+08:00", "我朋友那单寄到哪了"),
                agent("2026-11-01T09:01+08:00", "收件人张三，浙江省杭州市西湖区文三路100号")))).build();
        // Both test orders have receiver 张三: only o-1 is not b-o-2's own order.
        assertThat(ChatReader.read(c).findings())
                .extracting(ChatFinding::detector, ChatFinding::orderId, ChatFinding::tags)
                .containsExactly(tuple(ChatDetector.PRIVACY, "o-1", List.of("receiver-name", "receiver-address")));
    }

    @Test
    void theShopsRegisteredPhoneAndTheCasesNumbersAreNoContacts() {
        CaseFacts c = CaseBuilder.of(Platform.TMALL).order("o-1", "800.00", "2026-11-01T10:00+08:00")
                .chat(new Chat("chat-1", "b-o-1", List.of("o-1"), List.of(agent("2026-11-01T09:01+08:00",
                        "热线 400-123-4567，收货电话 138 1234 5678，实付 800.00")))).build();
        assertThat(ChatReader.read(c).findings()).isEmpty();
        assertThat(ChatReader.caseNumbers(c)).contains("4001234567", "13812345678", "80000", "800");
    }
}
