package org.backspasm.ui.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares the one {@link AlarmScheduler} between the features that need waking (the ice and heat timer, the
 * reminders). Each gets a channel that behaves as a scheduler of its own; the hub arms the real one for the
 * earliest instant asked. When it wakes, every armed channel is woken (each re-reads the clock and arms again, so an
 * early wake costs a look and nothing else): one thread, one wake at a time, whatever the number of features.
 */
public final class AlarmHub implements AlarmScheduler {
    private final AlarmScheduler base;
    private final List<Channel> channels = new ArrayList<>();
    private final Channel first;
    private boolean waking;

    public AlarmHub(AlarmScheduler base) {
        this.base = base;
        this.first = (Channel) channel();
    }

    /** A new channel: arming it replaces only its own earlier arming. */
    @Override
    public AlarmScheduler channel() {
        Channel c = new Channel();
        channels.add(c);
        return c;
    }

    /** The hub used as a scheduler itself arms its first channel (the ice and heat timer's). */
    @Override
    public void arm(Instant at, Runnable wake) {
        first.arm(at, wake);
    }

    @Override
    public void cancel() {
        first.cancel();
    }

    @Override
    public long monotonicNanos() {
        return base.monotonicNanos();
    }

    @Override
    public java.util.OptionalLong bootTimeNanos() {
        return base.bootTimeNanos();
    }

    private void rearm() {
        if (waking) {
            return; // armed once, after every channel has had its wake
        }
        Instant earliest = null;
        boolean any = false;
        for (Channel c : channels) {
            if (c.wake != null) {
                any = true;
                if (c.at != null && (earliest == null || c.at.isBefore(earliest))) {
                    earliest = c.at;
                }
            }
        }
        if (any) {
            base.arm(earliest, this::wakeAll);
        } else {
            base.cancel();
        }
    }

    private void wakeAll() {
        waking = true;
        try {
            for (Channel c : List.copyOf(channels)) {
                Runnable w = c.wake;
                if (w != null) {
                    c.wake = null;
                    c.at = null;
                    w.run();
                }
            }
        } finally {
            waking = false;
        }
        rearm();
    }

    private final class Channel implements AlarmScheduler {
        private Instant at;
        private Runnable wake;

        @Override
        public void arm(Instant when, Runnable onWake) {
            at = when;
            wake = onWake;
            rearm();
        }

        @Override
        public void cancel() {
            at = null;
            wake = null;
            rearm();
        }

        @Override
        public long monotonicNanos() {
            return base.monotonicNanos();
        }

        @Override
        public java.util.OptionalLong bootTimeNanos() {
            return base.bootTimeNanos();
        }
    }
}
