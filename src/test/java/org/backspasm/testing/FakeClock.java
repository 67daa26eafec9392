package org.backspasm.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that only moves when a test moves it. Share one instance; {@link #withZone} views share its time. */
public final class FakeClock extends Clock {
    private final Instant[] now;
    private final ZoneId zone;

    public FakeClock(Instant start, ZoneId zone) {
        this(new Instant[] {start}, zone);
    }

    private FakeClock(Instant[] now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static FakeClock at(String isoInstant) {
        return new FakeClock(Instant.parse(isoInstant), ZoneId.of("Europe/London"));
    }

    public void advance(Duration d) {
        now[0] = now[0].plus(d);
    }

    public void advanceMinutes(long m) {
        advance(Duration.ofMinutes(m));
    }

    public void set(Instant instant) {
        now[0] = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new FakeClock(now, z);
    }

    @Override
    public Instant instant() {
        return now[0];
    }
}
