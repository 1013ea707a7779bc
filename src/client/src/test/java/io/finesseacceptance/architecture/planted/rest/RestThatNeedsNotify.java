package io.finesseacceptance.architecture.planted.rest;

import io.finesseacceptance.architecture.planted.notify.NotifyThatNeedsRest;

/** Planted violation: one half of a package cycle (rest → notify → rest). */
public class RestThatNeedsNotify {
    public NotifyThatNeedsRest other;
}
