package org.doorman.conf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One lock of a door station, doors.<vto>.lock1.* or .lock2.*: which driver opens it, the seed's unlock
 * period and unlock responding interval (4.3.1, 4.3.2), and the driver's own settings. Keys a driver does
 * not use are refused rather than ignored, so a lock left on the simulator by mistake is noticed.
 *
 * <p>Driver keys: modbus-rtu {@code serial-port, baud-rate, parity, unit, coil}; modbus-tcp
 * {@code host, port, unit, coil}; http {@code url, user, password, channel, close-door}; command
 * {@code command, relock-command}. Every driver: {@code timeout-ms, retries}.
 */
public record LockConfig(
        @JsonProperty("driver") String driver,
        @JsonProperty("unlock-period") Integer unlockPeriod,
        @JsonProperty("unlock-responding-interval") Integer unlockRespondingInterval,
        @JsonProperty("retries") Integer retries,
        @JsonProperty("timeout-ms") Integer timeoutMs,
        @JsonProperty("serial-port") String serialPort,
        @JsonProperty("baud-rate") Integer baudRate,
        @JsonProperty("parity") String parity,
        @JsonProperty("host") String host,
        @JsonProperty("port") Integer port,
        @JsonProperty("unit") Integer unit,
        @JsonProperty("coil") Integer coil,
        @JsonProperty("url") String url,
        @JsonProperty("user") String user,
        @JsonProperty("password") String password,
        @JsonProperty("channel") Integer channel,
        @JsonProperty("close-door") Boolean closeDoor,
        @JsonProperty("command") List<String> command,
        @JsonProperty("relock-command") List<String> relockCommand) {

    public static final String SIMULATOR = "simulator";
    public static final String MODBUS_RTU = "modbus-rtu";
    public static final String MODBUS_TCP = "modbus-tcp";
    public static final String HTTP = "http";
    public static final String COMMAND = "command";
    public static final String NONE = "none";
    public static final List<String> DRIVERS = List.of(SIMULATOR, MODBUS_RTU, MODBUS_TCP, HTTP, COMMAND, NONE);
    public static final int DEFAULT_UNLOCK_PERIOD = 3;
    public static final int DEFAULT_RESPONDING_INTERVAL = 5;
    private static final List<Integer> BAUD_RATES = List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);
    private static final Map<String, Set<String>> DRIVER_KEYS = Map.of(
            SIMULATOR, Set.of(), NONE, Set.of(),
            MODBUS_RTU, Set.of("serial-port", "baud-rate", "parity", "unit", "coil"),
            MODBUS_TCP, Set.of("host", "port", "unit", "coil"),
            HTTP, Set.of("url", "user", "password", "channel", "close-door"),
            COMMAND, Set.of("command", "relock-command"));

    public LockConfig {
        driver = Checks.orDefault(driver, SIMULATOR).strip().toLowerCase(Locale.ROOT);
        if (!DRIVERS.contains(driver)) {
            throw new ConfigException("driver", driver, "one of " + String.join(", ", DRIVERS));
        }
        unlockPeriod = Checks.range("unlock-period", Checks.orDefault(unlockPeriod, DEFAULT_UNLOCK_PERIOD), 1, 600,
                "a number of seconds from 1 to 600");
        unlockRespondingInterval = Checks.range("unlock-responding-interval",
                Checks.orDefault(unlockRespondingInterval, DEFAULT_RESPONDING_INTERVAL), 0, 600,
                "a number of seconds from 0 (none) to 600");
        retries = Checks.range("retries", Checks.orDefault(retries, 2), 0, 5, "a number of retries from 0 to 5");
        timeoutMs = Checks.range("timeout-ms", Checks.orDefault(timeoutMs, 2000), 100, 30_000,
                "a number of milliseconds from 100 to 30000");
        refuseKeysOfOtherDrivers(driver, keyValues(serialPort, baudRate, parity, host, port, unit, coil, url, user,
                password, channel, closeDoor, command, relockCommand));
        switch (driver) {
            case MODBUS_RTU -> {
                Checks.notBlank("serial-port", serialPort);
                baudRate = Checks.orDefault(baudRate, 9600);
                if (!BAUD_RATES.contains(baudRate)) {
                    throw new ConfigException("baud-rate", baudRate, "one of " + BAUD_RATES);
                }
                parity = Checks.orDefault(parity, "none").strip().toLowerCase(Locale.ROOT);
                if (!List.of("none", "even", "odd").contains(parity)) {
                    throw new ConfigException("parity", parity, "none, even or odd");
                }
                unit = Checks.range("unit", Checks.orDefault(unit, 1), 1, 247, "a Modbus unit (slave) address from 1 to 247");
                coil = checkCoil(coil);
            }
            case MODBUS_TCP -> {
                Checks.notBlank("host", host);
                port = Checks.port("port", Checks.orDefault(port, 502));
                unit = Checks.range("unit", Checks.orDefault(unit, 1), 0, 255, "a Modbus unit identifier from 0 to 255");
                coil = checkCoil(coil);
            }
            case HTTP -> {
                checkUrl(url);
                user = Checks.orDefault(user, "");
                password = Checks.orDefault(password, "");
                if (channel != null) {
                    Checks.range("channel", channel, 1, 16, "the door station's door channel, 1 to 16");
                }
                closeDoor = Checks.orDefault(closeDoor, true);
            }
            case COMMAND -> {
                command = program("command", command, false);
                relockCommand = program("relock-command", relockCommand, true);
            }
            default -> { }
        }
    }

    /** The defaults: a simulated lock, unlock period 3 s, responding interval 5 s. */
    public static LockConfig defaults() {
        return new LockConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** This lock as lock number n: an http lock without a channel uses channel n (Dahua: 1 local, 2 RS-485). */
    public LockConfig forLock(int n) {
        if (!HTTP.equals(driver) || channel != null) {
            return this;
        }
        return new LockConfig(driver, unlockPeriod, unlockRespondingInterval, retries, timeoutMs, serialPort, baudRate,
                parity, host, port, unit, coil, url, user, password, n, closeDoor, command, relockCommand);
    }

    /** Whether the door station has this lock at all ({@code driver: none} says it has not). */
    public boolean present() {
        return !NONE.equals(driver);
    }

    /** Whether this driver can read a door contact (a Modbus discrete input, or the simulator's). */
    public boolean readsDoorContact() {
        return List.of(SIMULATOR, MODBUS_RTU, MODBUS_TCP).contains(driver);
    }

    private static Integer checkCoil(Integer coil) {
        return Checks.range("coil", Checks.orDefault(coil, 0), 0, 65535, "a coil address from 0 to 65535");
    }

    private static Map<String, Object> keyValues(Object... values) {
        String[] keys = {"serial-port", "baud-rate", "parity", "host", "port", "unit", "coil", "url", "user",
            "password", "channel", "close-door", "command", "relock-command"};
        Map<String, Object> given = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                given.put(keys[i], values[i]);
            }
        }
        return given;
    }

    private static void refuseKeysOfOtherDrivers(String driver, Map<String, Object> given) {
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (!DRIVER_KEYS.get(driver).contains(e.getKey())) {
                String users = DRIVER_KEYS.entrySet().stream().filter(d -> d.getValue().contains(e.getKey()))
                        .map(Map.Entry::getKey).sorted().reduce((a, b) -> a + " or " + b).orElse("");
                Object shown = "password".equals(e.getKey()) ? "***" : e.getValue();
                throw new ConfigException(e.getKey(), shown, "only driver " + users + " uses it, and this lock's driver is "
                        + driver + " (set driver first)");
            }
        }
    }

    private static void checkUrl(String url) {
        String allowed = "the door station's address as http://HOST[:PORT] or https://HOST[:PORT], e.g. http://192.168.1.110";
        Checks.notBlank("url", url);
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
                    || uri.getRawQuery() != null || uri.getUserInfo() != null) {
                throw new ConfigException("url", url, allowed);
            }
        } catch (URISyntaxException e) {
            throw new ConfigException("url", url, allowed);
        }
    }

    private static List<String> program(String key, List<String> argv, boolean mayBeEmpty) {
        List<String> list = argv == null ? List.of() : argv;
        if (list.stream().anyMatch(Objects::isNull) || (!mayBeEmpty && (list.isEmpty() || list.get(0).isBlank()))) {
            throw new ConfigException(key, argv, "a program and its arguments as a list, e.g. [gpioset, gpiochip0, 17=1]"
                    + (mayBeEmpty ? ", or [] for none" : ""));
        }
        return List.copyOf(list);
    }
}
