package dev.shoprules.core.verdict;

/** How a payout reaches the buyer. One Tmall point is worth 0.01 yuan. */
public enum CompensationForm { CASH, TMALL_POINTS, RED_PACKET, VOUCHER }
