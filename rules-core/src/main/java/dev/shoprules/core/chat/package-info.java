/**
 * Chat reading, written once for every pack: text normalised for matching (full-width, traditional → simplified,
 * look-alike digits and letters folded, {@link dev.shoprules.core.chat.NormalizedText}), one Aho-Corasick pass over
 * the word lists beside these classes ({@link dev.shoprules.core.chat.ChatScanner}), negation, promises a seller
 * made in chat ({@code PromiseReader}), and reply metrics ({@link dev.shoprules.core.chat.ReplyKpi}).
 * {@link dev.shoprules.core.chat.ChatReader} turns a case's chats into {@link dev.shoprules.core.chat.ChatFinding}
 * facts that the packs' DRL decides on; the word lists never decide a violation by themselves.
 */
package dev.shoprules.core.chat;
