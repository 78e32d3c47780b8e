package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A what-if run could not be completed: deciding a case failed, or the run was interrupted. */
@API(status = EXPERIMENTAL, since = "0.1")
public class WhatIfException extends RuntimeException {
    public WhatIfException(String message, Throwable cause) {
        super(message, cause);
    }
}
