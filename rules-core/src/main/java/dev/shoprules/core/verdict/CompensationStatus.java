package dev.shoprules.core.verdict;

/** OWED: a complaint was upheld or the platform pays automatically. AT_RISK: owed if the buyer complains. */
public enum CompensationStatus { OWED, AT_RISK }
