package org.doorman.lock.attendance.report;

import java.util.List;

/**
 * The monthly attendance record (seed 2.6.1, 2.6.2 "Monthly ATT. Record"): every clock event of the month,
 * as the API sends it. docs/attendance.md documents these field names; keep them stable.
 *
 * @param zone the wall-clock zone {@code date} and {@code time} are given in
 */
public record RecordView(String month, String zone, List<Event> events) {

    /**
     * One clock event.
     *
     * @param name    the person's name now, empty when the person has been removed
     * @param instant the UTC instant, e.g. 2024-06-03T06:55:03Z
     * @param status  null for a repeat
     * @param card    null unless the source is CARD
     */
    public record Event(long id, int userId, String name, String date, String time, String instant, String status,
                        String source, String device, String card, String result) {
    }
}
