package io.finesseacceptance.architecture.planted.notify;

import io.finesseacceptance.architecture.planted.rest.RestThatNeedsNotify;

/** Planted violation: the other half of the package cycle. */
public class NotifyThatNeedsRest {
    public RestThatNeedsNotify other;
}
