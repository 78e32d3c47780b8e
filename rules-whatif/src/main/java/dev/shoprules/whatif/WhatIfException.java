package dev.shoprules.whatif;

/** A what-if run could not be completed: deciding a case failed, or the run was interrupted. */
public class WhatIfException extends RuntimeException {
    public WhatIfException(String message, Throwable cause) {
        super(message, cause);
    }
}
