package io.finesseacceptance.simulator.faults;

import java.time.Duration;
import java.util.Set;

/**
 * Which Finesse release the simulator plays: today's ({@link #CURRENT}) or a plausible next one
 * ({@link #NEXT}), so a baseline recorded against one can be compared with a run against the other.
 * Neither is a fault: the suite's features pass against both.
 */
public enum Release {
    /** Today's answers, byte for byte: the default. */
    CURRENT,
    /**
     * A plausible next release, with exactly six planted changes; everything else answers as {@link #CURRENT}:
     * <ol>
     * <li><b>An element added</b>: every User document (GET and the {@code <user>} of an Update) gains
     *     {@code <skillTargetId>} (digits) after {@code <loginName>}; see {@link #ADDED_USER_ELEMENT}.</li>
     * <li><b>An element renamed</b>: a User document's {@code <teamName>} is {@code <teamDisplayName>},
     *     same value; see {@link #RENAMED_USER_ELEMENT} and {@link #RENAMED_USER_ELEMENT_TO}.</li>
     * <li><b>A reason code removed</b>: NOT_READY reason code id 3 (code 12, "Meeting") is no longer listed
     *     nor accepted; Break (id 1, listed first) and Lunch (id 2) and every LOGOUT code stay; see
     *     {@link #REMOVED_REASON_CODE_ID}.</li>
     * <li><b>A refusal moved</b>: a transition a signed-in agent may not make (UCCE READY → LOGOUT) is
     *     accepted (202) and refused by an error Update with the same error, as
     *     {@link Variant#REFUSE_AFTER_ACCEPT} does; see {@link #variants()}.</li>
     * <li><b>CTI latency three times higher</b>: the time from a 202 to its notification is
     *     {@link #CTI_DELAY_FACTOR} times {@code --cti-delay-ms}; see {@link #notificationDelay(Duration)}.</li>
     * <li><b>Version fields</b>: SystemInfo's {@code <ctiVersion>} is {@link #NEXT_UCCE_CTI_VERSION} on UCCE
     *     (was 20) and {@link #NEXT_UCCX_CTI_VERSION} on UCCX (was 12.5(1)): information, not a fault.</li>
     * </ol>
     */
    NEXT;

    /** Planted change 1: the element every User document of {@link #NEXT} gains after {@code <loginName>}. */
    public static final String ADDED_USER_ELEMENT = "skillTargetId";
    /** Planted change 2: the User element {@link #NEXT} renames ... */
    public static final String RENAMED_USER_ELEMENT = "teamName";
    /** ... to this, with the same value. */
    public static final String RENAMED_USER_ELEMENT_TO = "teamDisplayName";
    /**
     * Planted change 3: the id of the default NOT_READY reason code (code 12, "Meeting") {@link #NEXT} drops;
     * the last NOT_READY one listed, as the first (Break) and id 2 (Lunch) are what clients and docs pick.
     */
    public static final int REMOVED_REASON_CODE_ID = 3;
    /** Planted change 5: how many times longer a CTI round trip takes in {@link #NEXT}. */
    public static final int CTI_DELAY_FACTOR = 3;
    /** Planted change 6: {@code <ctiVersion>} of a UCCE {@link #NEXT}. */
    public static final String NEXT_UCCE_CTI_VERSION = "21";
    /** Planted change 6: {@code <ctiVersion>} of a UCCX {@link #NEXT}. */
    public static final String NEXT_UCCX_CTI_VERSION = "12.6(1)";

    /** Planted change 4: the documented variants this release answers with, on top of those chosen. */
    public Set<Variant> variants() {
        return this == NEXT ? Set.of(Variant.REFUSE_AFTER_ACCEPT) : Set.of();
    }

    /** Planted change 5: the time from a 202 to its notification, given the configured CTI delay. */
    public Duration notificationDelay(Duration configured) {
        return this == NEXT ? configured.multipliedBy(CTI_DELAY_FACTOR) : configured;
    }
}
