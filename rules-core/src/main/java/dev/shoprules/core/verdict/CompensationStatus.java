package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** OWED: a complaint was upheld or the platform pays automatically. AT_RISK: owed if the buyer complains. */
@API(status = STABLE, since = "0.1")
public enum CompensationStatus { OWED, AT_RISK }
