package org.doorman.lock.attendance.store;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.doorman.lock.RefusedException;
import org.doorman.lock.attendance.MonthSchedule;
import org.doorman.lock.attendance.ScheduleCode;

/**
 * A month of schedule codes as the API and the schedule sheet carry one. docs/attendance.md documents
 * these field names; keep them stable.
 *
 * @param owner "user" or "dept"
 * @param codes one per day of the month: 0 rest, 1–24 shift, 25 business trip, 26 leave
 */
public record ScheduleSpec(String owner, Integer id, String month, List<Integer> codes) {

    public static ScheduleSpec of(OwnedSchedule s) {
        return new ScheduleSpec(s.owner().kind().id(), s.owner().id(), s.schedule().month().toString(),
                s.schedule().codes().stream().map(ScheduleCode::code).toList());
    }

    public OwnedSchedule toOwned() {
        if (id == null) {
            throw RefusedException.invalid("id", "id is required: the user ID or department ID (1–20)");
        }
        ScheduleOwner o = new ScheduleOwner(ScheduleOwner.Kind.parse(owner), id);
        return new OwnedSchedule(o, schedule(month(month), codes));
    }

    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw RefusedException.invalid("month", "month must be YYYY-MM, e.g. 2024-06, got '" + text + "'");
        }
    }

    public static MonthSchedule schedule(YearMonth month, List<Integer> codes) {
        if (codes == null || codes.size() != month.lengthOfMonth()) {
            throw RefusedException.invalid("codes", month + " needs " + month.lengthOfMonth() + " day codes, got "
                    + (codes == null ? 0 : codes.size()));
        }
        int[] values = new int[codes.size()];
        for (int i = 0; i < values.length; i++) {
            Integer code = codes.get(i);
            if (code == null || code < ScheduleCode.REST_CODE || code > ScheduleCode.LEAVE_CODE) {
                throw RefusedException.invalid("codes", "day " + (i + 1) + ": schedule code must be 0 (rest),"
                        + " 1–24 (shift), 25 (business trip) or 26 (leave), got " + code);
            }
            values[i] = code;
        }
        return MonthSchedule.of(month, values);
    }
}
