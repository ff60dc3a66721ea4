package se.kvalitet.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import se.kvalitet.platform.web.Messages;

/**
 * Shows a moment (sign-in, end of a pause) as date and time in the city's time zone, whatever the
 * server's zone is: {@code 2026-03-02 10:15}. Empty for no moment.
 */
@Named
@ApplicationScoped
public class CityTime {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Messages.CITY_TIME_ZONE.toZoneId());

    public String format(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
