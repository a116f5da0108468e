package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One door station's settings, doors.<vto number>.*: the DTMF unlock commands of its two locks, the
 * periods in which it may place calls (the manual's "Periods in which Calls can be Made"), its locks
 * (lock1: the local relay, lock2: RS-485) and door contact (seed 4.3), how long the digits of an unlock
 * command may be apart, whether card unlocks there are also attendance clock events, the camera whose
 * video the RTSP relay serves to monitors, in which form the other party's DTMF keys are passed on
 * to the door station itself (dtmf-to-door: none, info or rfc4733), for a door station that opens its
 * own lock on its unlock code, and which rooms it serves (the indoor monitors that hear its door state;
 * none listed: every room).
 */
public record DoorConfig(
        @JsonProperty("first-unlock-command") String firstUnlockCommand,
        @JsonProperty("second-unlock-command") String secondUnlockCommand,
        @JsonProperty("call-periods") List<TimeRange> callPeriods,
        @JsonProperty("digit-timeout") Integer digitTimeout,
        @JsonProperty("lock1") LockConfig lock1,
        @JsonProperty("lock2") LockConfig lock2,
        @JsonProperty("sensor") SensorConfig sensor,
        @JsonProperty("clock-events") Boolean clockEvents,
        @JsonProperty("camera") CameraConfig camera,
        @JsonProperty("dtmf-to-door") String dtmfToDoor,
        @JsonProperty("rooms") List<String> rooms) {
    public static final String DEFAULT_SECOND_UNLOCK_COMMAND = "456";
    /** dtmf-to-door values: pass nothing on; send keys that came as RFC 4733 as SIP INFO; keys that came by INFO as RFC 4733. */
    public static final List<String> DTMF_TO_DOOR = List.of("none", "info", "rfc4733");
    /** As a VTH room number (registrar's DeviceNumber.MAX_ROOM_DIGITS). */
    private static final int MAX_ROOM_DIGITS = 6;
    public static final int DEFAULT_DIGIT_TIMEOUT = 3;

    public DoorConfig {
        firstUnlockCommand = Checks.orDefault(firstUnlockCommand, "");
        secondUnlockCommand = Checks.orDefault(secondUnlockCommand, DEFAULT_SECOND_UNLOCK_COMMAND);
        checkCommand("first-unlock-command", firstUnlockCommand, true);
        checkCommand("second-unlock-command", secondUnlockCommand, true);
        if (!firstUnlockCommand.isEmpty() && firstUnlockCommand.equals(secondUnlockCommand)) {
            throw new ConfigException("second-unlock-command", secondUnlockCommand,
                    "a command different from first-unlock-command");
        }
        if (!firstUnlockCommand.isEmpty() && !secondUnlockCommand.isEmpty()
                && (firstUnlockCommand.startsWith(secondUnlockCommand) || secondUnlockCommand.startsWith(firstUnlockCommand))) {
            throw new ConfigException("second-unlock-command", secondUnlockCommand, "a command that neither begins"
                    + " first-unlock-command (" + firstUnlockCommand + ") nor begins with it: typing the longer one"
                    + " would open the other lock on the way");
        }
        digitTimeout = Checks.range("digit-timeout", Checks.orDefault(digitTimeout, DEFAULT_DIGIT_TIMEOUT), 1, 30,
                "a number of seconds from 1 to 30");
        lock1 = Checks.orDefault(lock1, LockConfig.defaults()).forLock(1);
        lock2 = Checks.orDefault(lock2, LockConfig.defaults()).forLock(2);
        sensor = Checks.orDefault(sensor, SensorConfig.defaults());
        clockEvents = Checks.orDefault(clockEvents, false);
        camera = Checks.orDefault(camera, CameraConfig.none());
        dtmfToDoor = Checks.orDefault(dtmfToDoor, "none").strip().toLowerCase(java.util.Locale.ROOT);
        if (!DTMF_TO_DOOR.contains(dtmfToDoor)) {
            throw new ConfigException("dtmf-to-door", dtmfToDoor, "one of " + String.join(", ", DTMF_TO_DOOR));
        }
        if (sensor.enable() && !lock1.readsDoorContact()) {
            throw new ConfigException("sensor.enable", true, "the door contact is read through lock1's driver, and "
                    + lock1.driver() + " cannot read one: use simulator, modbus-rtu or modbus-tcp for lock1");
        }
        callPeriods = callPeriods == null ? List.of() : callPeriods;
        if (callPeriods.stream().anyMatch(Objects::isNull)) {
            throw new ConfigException("call-periods", callPeriods, "a list of daily periods HH:MM-HH:MM, no empty entries");
        }
        callPeriods = List.copyOf(callPeriods);
        rooms = checkRooms(rooms);
    }

    /** Reads the YAML form, where each call period is text: a bad one is refused naming the key and the entry. */
    @JsonCreator
    static DoorConfig fromYaml(
            @JsonProperty("first-unlock-command") String firstUnlockCommand,
            @JsonProperty("second-unlock-command") String secondUnlockCommand,
            @JsonProperty("call-periods") List<String> callPeriods,
            @JsonProperty("digit-timeout") Integer digitTimeout,
            @JsonProperty("lock1") LockConfig lock1,
            @JsonProperty("lock2") LockConfig lock2,
            @JsonProperty("sensor") SensorConfig sensor,
            @JsonProperty("clock-events") Boolean clockEvents,
            @JsonProperty("camera") CameraConfig camera,
            @JsonProperty("dtmf-to-door") String dtmfToDoor,
            @JsonProperty("rooms") List<String> rooms) {
        List<TimeRange> periods = new ArrayList<>();
        for (String text : callPeriods == null ? List.<String>of() : callPeriods) {
            try {
                periods.add(TimeRange.parse(text));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("call-periods", text,
                        "a list of daily periods HH:MM-HH:MM, e.g. [07:00-12:00, 14:00-22:00], or [] for any time");
            }
        }
        return new DoorConfig(firstUnlockCommand, secondUnlockCommand, periods, digitTimeout, lock1, lock2, sensor,
                clockEvents, camera, dtmfToDoor, rooms);
    }

    /** The settings without a camera, dtmf-to-door or rooms (kept for callers written before doors had them). */
    public DoorConfig(String firstUnlockCommand, String secondUnlockCommand, List<TimeRange> callPeriods,
            Integer digitTimeout, LockConfig lock1, LockConfig lock2, SensorConfig sensor, Boolean clockEvents) {
        this(firstUnlockCommand, secondUnlockCommand, callPeriods, digitTimeout, lock1, lock2, sensor, clockEvents,
                null, null, null);
    }

    /** The defaults: no first command, 456 as second, calls at any time, simulated locks, no contact or camera, every room. */
    public static DoorConfig defaults() {
        return new DoorConfig(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Lock 1 or 2. */
    public LockConfig lock(int number) {
        return switch (number) {
            case 1 -> lock1;
            case 2 -> lock2;
            default -> throw new IllegalArgumentException("a door station has lock 1 and lock 2, not " + number);
        };
    }

    /** Whether the door station may place a call at this local time: no periods means at any time. */
    public boolean mayCallAt(LocalTime localTime) {
        return callPeriods.isEmpty() || callPeriods.stream().anyMatch(p -> p.contains(localTime));
    }

    /** Room numbers (1-6 digits, no extension: a room's extensions go with it), without repeats, in order. */
    private static List<String> checkRooms(List<String> rooms) {
        if (rooms == null) {
            return List.of();
        }
        List<String> distinct = new ArrayList<>();
        for (String room : rooms) {
            if (room == null || !room.matches("[0-9]{1," + MAX_ROOM_DIGITS + "}")) {
                throw new ConfigException("rooms", room, "a list of room numbers of 1 to " + MAX_ROOM_DIGITS
                        + " digits (without #: a room's extension monitors are included), e.g. [\"9901\", \"9902\"]"
                        + ", or [] for every room");
            }
            if (!distinct.contains(room)) {
                distinct.add(room);
            }
        }
        return List.copyOf(distinct);
    }

    private static void checkCommand(String key, String value, boolean mayBeEmpty) {
        if ((value.isEmpty() && !mayBeEmpty) || !value.matches("[0-9*#]{0,16}")) {
            throw new ConfigException(key, value, "up to 16 DTMF keys 0-9, * and #, or empty to disable");
        }
    }
}
